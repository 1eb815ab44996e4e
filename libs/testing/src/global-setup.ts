import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RunningContainers } from './containers';
import { startEmbeddedPostgres, type RunningPostgres } from './embedded-postgres';
import { SERVICE_LOG_DIR_VARIABLE } from './service-log';
import { startTestBroker, type RunningTestBroker } from './test-broker';

interface HarnessState {
  postgres?: RunningPostgres;
  broker?: RunningTestBroker;
  containers?: RunningContainers;
}

const state = globalThis as typeof globalThis & { __kzpsHarness?: HarnessState };

/**
 * Once per Jest run: a real PostgreSQL and a real Kafka-protocol broker, unless the environment names
 * external ones (TEST_DATABASE_URL, KAFKA_BROKERS). With TEST_INFRA=containers, the production engines in
 * Docker instead (PostgreSQL, Apache Kafka, Keycloak: ./containers.ts). Workers inherit the variables set here,
 * among them the directory the test apps log into (./service-log.ts).
 */
export default async function globalSetup(): Promise<void> {
  const harness: HarnessState = {};
  // The run's service logs, one file per worker, read by tools/scripts/service-log-check.cjs at the end. Not
  // under dist/: the e2e's `npm start` builds, and the build empties dist/ mid-run, which took every line
  // logged before it out of the check.
  const logs = join(tmpdir(), 'kzps-service-logs', String(process.pid));
  rmSync(logs, { recursive: true, force: true });
  process.env[SERVICE_LOG_DIR_VARIABLE] = logs;
  state.__kzpsHarness = harness;
  const infra = process.env.TEST_INFRA ?? 'embedded';
  if (infra !== 'embedded' && infra !== 'containers') {
    throw new Error(`TEST_INFRA=${infra}: use embedded (the default) or containers`);
  }
  if (infra === 'containers') {
    const { startContainers } = await import('./containers');
    harness.containers = await startContainers();
    process.env.TEST_DATABASE_URL ??= harness.containers.databaseUrl;
    process.env.KAFKA_BROKERS ??= harness.containers.kafkaBrokers;
    process.env.KEYCLOAK_URL ??= harness.containers.keycloakUrl;
  }
  if (!process.env.TEST_DATABASE_URL) {
    harness.postgres = await startEmbeddedPostgres();
    process.env.TEST_DATABASE_URL = harness.postgres.url;
  }
  if (!process.env.KAFKA_BROKERS) {
    harness.broker = await startTestBroker();
    process.env.KAFKA_BROKERS = harness.broker.address;
  }
}
