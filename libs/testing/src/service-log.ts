import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import pino, { type DestinationStream } from 'pino';

/** Where the test run's services write their logs; set by the global setup, read by the run's log check. */
export const SERVICE_LOG_DIR_VARIABLE = 'KZPS_SERVICE_LOG_DIR';

let destination: DestinationStream | undefined;

/**
 * How a test app logs: at `debug` into this worker's file of the run's service-log directory, so the run's
 * log check (tools/scripts/service-log-check.cjs) reads every line the services wrote (issue 13, defect 2);
 * `silent` when no directory is set. Pass `level` as LOG_LEVEL and `destination` to `createServiceApp`.
 */
export function testServiceLog(): { level: string; destination?: DestinationStream } {
  const directory = process.env[SERVICE_LOG_DIR_VARIABLE];
  if (!directory) return { level: 'silent' };
  if (!destination) {
    mkdirSync(directory, { recursive: true });
    destination = pino.destination({ dest: join(directory, `${process.pid}.log`), append: true, sync: true });
  }
  return { level: 'debug', destination };
}

/** Lines another process wrote (the e2e's embedded run), kept with the services' own logs. */
export function serviceLogFile(name: string): string | undefined {
  const directory = process.env[SERVICE_LOG_DIR_VARIABLE];
  if (!directory) return undefined;
  mkdirSync(directory, { recursive: true });
  return join(directory, `${name}-${process.pid}.log`);
}
