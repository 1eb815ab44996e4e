import { Injectable } from '@nestjs/common';

export type ReadinessCheck = () => Promise<void>;

export interface CheckResult {
  status: 'up' | 'down';
  /** False for a dependency the service can serve without (the broker: the outbox holds events). */
  required: boolean;
  error?: string;
  durationMs: number;
}

export interface ReadinessReport {
  status: 'ready' | 'not_ready';
  checks: Record<string, CheckResult>;
}

export interface CheckOptions {
  /** Whether readiness depends on it; a check that does not is reported in the details only. */
  required: boolean;
}

const CHECK_TIMEOUT_MS = 2_000;

function withTimeout(check: ReadinessCheck): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${CHECK_TIMEOUT_MS} ms`)), CHECK_TIMEOUT_MS);
  });
  return Promise.race([check(), timeout]).finally(() => clearTimeout(timer));
}

/**
 * Dependencies register their checks. Readiness depends on what serving requests needs (the database);
 * the broker is reported but not required, since writes keep succeeding into the outbox while it is down,
 * and a broker outage must not take the whole API out of a load balancer (issue 13, defect 6). Readiness
 * also turns false as soon as shutdown begins, so a load balancer stops sending traffic while requests drain.
 */
@Injectable()
export class HealthRegistry {
  private readonly checks = new Map<string, { check: ReadinessCheck; required: boolean }>();
  private shuttingDown = false;

  register(name: string, check: ReadinessCheck, options: CheckOptions = { required: true }): void {
    this.checks.set(name, { check, required: options.required });
  }

  markShuttingDown(): void {
    this.shuttingDown = true;
  }

  async readiness(): Promise<ReadinessReport> {
    const entries = await Promise.all(
      [...this.checks.entries()].map(async ([name, { check, required }]) => {
        const started = performance.now();
        const durationMs = (): number => Math.round(performance.now() - started);
        try {
          await withTimeout(check);
          return [name, { status: 'up' as const, required, durationMs: durationMs() }] as const;
        } catch (error) {
          const message = error instanceof Error ? error.message : String(error);
          return [
            name,
            { status: 'down' as const, required, error: message, durationMs: durationMs() },
          ] as const;
        }
      }),
    );
    const checks: ReadinessReport['checks'] = Object.fromEntries(entries);
    if (this.shuttingDown) {
      checks.shutdown = { status: 'down', required: true, error: 'shutting down', durationMs: 0 };
    }
    const ready = Object.values(checks).every((check) => check.status === 'up' || !check.required);
    return { status: ready ? 'ready' : 'not_ready', checks };
  }
}
