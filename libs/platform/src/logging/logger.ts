import type { LoggerService, LogLevel } from '@nestjs/common';
import pino, { type Logger as PinoLogger } from 'pino';
import { maskPersonalData, maskText } from './personal-data';
import { currentRequestId } from './request-context';
import { activeTraceIds } from '../tracing/trace-context';

/**
 * One JSON line per event, with the service name, the request id, and personal data masked. Written to
 * stdout unless a destination is given (tests read what would have been logged).
 */
export function createRootLogger(
  service: string,
  level: string,
  destination?: pino.DestinationStream,
): PinoLogger {
  const options: pino.LoggerOptions = {
    level,
    base: { service },
    messageKey: 'msg',
    timestamp: pino.stdTimeFunctions.isoTime,
    mixin: () => {
      const requestId = currentRequestId();
      // trace_id/span_id lead from a log line to its trace (and back) when tracing is on.
      const ids = activeTraceIds();
      if (!ids) return requestId ? { requestId } : {};
      return requestId ? { requestId, ...ids } : ids;
    },
    formatters: {
      level: (label) => ({ level: label }),
      log: (object) => maskPersonalData(object) as Record<string, unknown>,
    },
    hooks: {
      logMethod(args, method) {
        const masked = args.map((arg) => (typeof arg === 'string' ? maskText(arg) : arg)) as typeof args;
        method.apply(this, masked);
      },
    },
  };
  return destination ? pino(options, destination) : pino(options);
}

const nestLevels: Record<LogLevel, pino.Level> = {
  log: 'info',
  error: 'error',
  warn: 'warn',
  debug: 'debug',
  verbose: 'trace',
  fatal: 'fatal',
};

/** Nest's Logger calls land in pino, with the Nest context (`new Logger(Thing.name)`) as `context`. */
export class PinoNestLogger implements LoggerService {
  constructor(private readonly root: PinoLogger) {}

  log(message: unknown, ...rest: unknown[]): void {
    this.write('log', message, rest);
  }
  error(message: unknown, ...rest: unknown[]): void {
    this.write('error', message, rest);
  }
  warn(message: unknown, ...rest: unknown[]): void {
    this.write('warn', message, rest);
  }
  debug(message: unknown, ...rest: unknown[]): void {
    this.write('debug', message, rest);
  }
  verbose(message: unknown, ...rest: unknown[]): void {
    this.write('verbose', message, rest);
  }
  fatal(message: unknown, ...rest: unknown[]): void {
    this.write('fatal', message, rest);
  }

  private write(level: LogLevel, message: unknown, rest: unknown[]): void {
    // Nest appends the context name last; an error's stack comes before it.
    const context = typeof rest[rest.length - 1] === 'string' ? (rest[rest.length - 1] as string) : undefined;
    const extra = context ? rest.slice(0, -1) : rest;
    const target = this.root[nestLevels[level]].bind(this.root);
    if (message && typeof message === 'object') {
      const { msg, ...fields } = message as Record<string, unknown>;
      target({ context, ...fields }, typeof msg === 'string' ? msg : String(extra[0] ?? ''));
      return;
    }
    const stack = level === 'error' && typeof extra[0] === 'string' ? { stack: extra[0] } : {};
    target({ context, ...stack }, String(message));
  }
}
