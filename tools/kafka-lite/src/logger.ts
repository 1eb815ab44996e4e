export type LogFields = Record<string, unknown>;

/** What the broker logs through; pino, console or a test spy all fit. */
export interface BrokerLogger {
  debug(message: string, fields?: LogFields): void;
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
}

const LEVELS = ['debug', 'info', 'warn', 'error'] as const;
export type LogLevel = (typeof LEVELS)[number];

/** One JSON line per entry on stderr, from `minimum` up. */
export function createConsoleLogger(minimum: LogLevel): BrokerLogger {
  const threshold = LEVELS.indexOf(minimum);
  const log =
    (level: LogLevel) =>
    (message: string, fields?: LogFields): void => {
      if (LEVELS.indexOf(level) < threshold) return;
      process.stderr.write(
        `${JSON.stringify({ time: new Date().toISOString(), level, name: 'kafka-lite', message, ...fields })}\n`,
      );
    };
  return { debug: log('debug'), info: log('info'), warn: log('warn'), error: log('error') };
}
