// Child process of exactly-once.integration-spec.ts: a "service" applying the events to a table through
// the inbox. Killed with SIGKILL mid-stream and started again by the test.
import 'reflect-metadata';
import { Registry } from 'prom-client';
import { EventConsumer } from '../consumer/event-consumer';
import { MessagingMetrics } from '../metrics/messaging.metrics';
import {
  fastGroup,
  ITEM_RECORDED,
  openDataSource,
  requiredEnv as env,
  testCatalog,
  testKafka,
  type TestPayloads,
} from './messaging-test-kit';

/** No unique key on the event: a second effect of one event would show up as a second row. */
const EXACTLY_ONCE_DDL = `
  CREATE TABLE IF NOT EXISTS eo_applied (
    id bigserial PRIMARY KEY,
    event_id varchar NOT NULL,
    item_key varchar NOT NULL,
    seq int NOT NULL
  )`;

async function main(): Promise<void> {
  const dataSource = await openDataSource(env('DATABASE_URL'));
  await dataSource.query(EXACTLY_ONCE_DDL);
  const registry = new Registry();
  const consumer = new EventConsumer<TestPayloads>({
    metrics: new MessagingMetrics(registry),
    kafka: testKafka(env('BROKERS'), 'eo-consumer'),
    dataSource,
    groupId: 'eo-consumer',
    catalog: testCatalog(env('TOPIC')),
    ...fastGroup,
    sessionTimeout: 3_000,
    rebalanceTimeout: 3_000,
  });
  const delayMs = Number(process.env.HANDLER_DELAY_MS ?? '0');
  consumer.handle(ITEM_RECORDED, async (event, manager) => {
    // A little work per event, so a backlog takes a while and the crash lands in the middle of a batch.
    if (delayMs > 0) await new Promise((resolve) => setTimeout(resolve, delayMs));
    await manager.query('INSERT INTO eo_applied (event_id, item_key, seq) VALUES ($1, $2, $3)', [
      event.id,
      event.data.key,
      event.data.seq,
    ]);
  });
  await consumer.start();
  process.stdout.write('READY\n');
  process.once('SIGTERM', () => {
    void registry
      .getSingleMetricAsString('messaging_consumed_total')
      .then((text) => {
        const duplicates = /outcome="duplicate"} (\d+)/.exec(text)?.[1] ?? '0';
        process.stdout.write(`DUPLICATES ${duplicates}\n`);
      })
      .then(() => consumer.stop())
      .then(() => dataSource.destroy())
      .then(() => process.exit(0));
  });
}

main().catch((error: unknown) => {
  process.stderr.write(`consumer failed: ${String(error)}\n`);
  process.exit(1);
});
