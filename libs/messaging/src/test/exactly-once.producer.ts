// Child process of exactly-once.integration-spec.ts: a "service" appending EVENTS events over KEYS keys
// through the outbox (a few per transaction, paced), with its relay running, until the outbox is drained.
import 'reflect-metadata';
import { OutboxRelay } from '../outbox/outbox.relay';
import { OutboxWriter } from '../outbox/outbox.writer';
import {
  ITEM_RECORDED,
  openDataSource,
  requiredEnv as env,
  testCatalog,
  testKafka,
  type TestPayloads,
} from './messaging-test-kit';

async function main(): Promise<void> {
  const total = Number(env('EVENTS'));
  const keys = Array.from({ length: Number(env('KEYS')) }, (_, index) => `key-${index}`);
  const paceMs = Number(env('PACE_MS'));
  const dataSource = await openDataSource(env('DATABASE_URL'));
  const outbox = new OutboxWriter<TestPayloads>({
    serviceName: 'eo-producer',
    catalog: testCatalog(env('TOPIC')),
  });
  const relay = new OutboxRelay({
    kafka: testKafka(env('BROKERS'), 'eo-producer'),
    dataSource,
    serviceName: 'eo-producer',
    batchSize: 100,
    pollIntervalMs: 1_000,
    backoff: { initialMs: 50, maxMs: 500 },
  });
  relay.start();
  const nextSeq = new Map<string, number>();
  let written = 0;
  while (written < total) {
    const size = Math.min(total - written, 1 + (written % 5));
    await dataSource.transaction(async (manager) => {
      for (let index = 0; index < size; index += 1) {
        const key = keys[(written + index) % keys.length] as string;
        const seq = (nextSeq.get(key) ?? 0) + 1;
        nextSeq.set(key, seq);
        await outbox.append(manager, { type: ITEM_RECORDED, subject: key, data: { key, seq } });
      }
    });
    written += size;
    if (written % 100 < size) process.stdout.write(`WRITTEN ${written}\n`);
    await new Promise((resolve) => setTimeout(resolve, paceMs));
  }
  for (;;) {
    const rows: Array<{ count: string }> = await dataSource.query(
      'SELECT count(*) AS count FROM outbox_message WHERE sent_at IS NULL',
    );
    if (Number(rows[0]?.count) === 0) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await relay.stop();
  await dataSource.destroy();
  process.stdout.write(`DRAINED ${written}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`producer failed: ${String(error)}\n`);
  process.exit(1);
});
