import { startEmbeddedPostgres, type RunningPostgres } from './embedded-postgres';
import { startTestBroker, type RunningTestBroker } from './test-broker';

interface HarnessState {
  postgres?: RunningPostgres;
  broker?: RunningTestBroker;
}

const state = globalThis as typeof globalThis & { __kzpsHarness?: HarnessState };

/**
 * Once per Jest run: a real PostgreSQL and a real Kafka-protocol broker, unless the environment names
 * external ones (TEST_DATABASE_URL, KAFKA_BROKERS). Workers inherit the variables set here.
 */
export default async function globalSetup(): Promise<void> {
  const harness: HarnessState = {};
  state.__kzpsHarness = harness;
  if (!process.env.TEST_DATABASE_URL) {
    harness.postgres = await startEmbeddedPostgres();
    process.env.TEST_DATABASE_URL = harness.postgres.url;
  }
  if (!process.env.KAFKA_BROKERS) {
    harness.broker = await startTestBroker();
    process.env.KAFKA_BROKERS = harness.broker.address;
  }
}
