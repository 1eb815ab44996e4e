import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestDatabase, eventually, type TestDatabase } from '@kzps/testing';
import type { RunningBroker } from '@kzps/kafka-lite';
import { Client } from 'pg';
import { ensureTopics } from '../kafka/topics';
import { runScript, type RunningChild } from './child-process';
import { startQuietBroker, testKafka, uniqueName } from './messaging-test-kit';

const EVENTS = 1_000;
const KEYS = 8;

/**
 * The whole path across real processes: a producer service (outbox + relay) and a consumer service
 * (inbox), the broker persisting to files. Mid-stream the broker stops for a few seconds and the consumer
 * is killed with SIGKILL and restarted. Every event must have been applied exactly once in effect, and
 * each key's events in order.
 */
describe('outbox → kafka → inbox, across crashes', () => {
  let producerDb: TestDatabase;
  let consumerDb: TestDatabase;
  let broker: RunningBroker;
  let dataDir: string;
  let consumerDbClient: Client;
  const children: RunningChild[] = [];

  beforeAll(async () => {
    producerDb = await createTestDatabase('eo_producer');
    consumerDb = await createTestDatabase('eo_consumer');
    dataDir = mkdtempSync(join(tmpdir(), 'kzps-eo-broker-'));
    broker = await startQuietBroker({ dataDir });
    consumerDbClient = new Client({ connectionString: consumerDb.url });
    await consumerDbClient.connect();
  });

  afterAll(async () => {
    await Promise.all(children.map((child) => child.kill('SIGKILL')));
    await consumerDbClient.end();
    await broker.stop();
    await producerDb.drop();
    await consumerDb.drop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  async function appliedCount(): Promise<number> {
    const { rows } = await consumerDbClient.query<{ count: string }>(
      'SELECT count(*) AS count FROM eo_applied',
    );
    return Number(rows[0]?.count);
  }

  it('applies 1,000 events exactly once and in order per key through a broker restart and a consumer crash', async () => {
    const topic = uniqueName('kz.gov.test.exactly-once');
    const kafka = testKafka(broker.address);
    await ensureTopics(kafka, [{ name: topic, partitions: 4 }]);
    const common = { BROKERS: broker.address, TOPIC: topic };
    const startConsumer = (): RunningChild => {
      const child = runScript('exactly-once.consumer.ts', {
        ...common,
        DATABASE_URL: consumerDb.url,
        HANDLER_DELAY_MS: '2',
      });
      children.push(child);
      return child;
    };

    let consumer = startConsumer();
    await consumer.waitForLine('READY');
    const producer = runScript('exactly-once.producer.ts', {
      ...common,
      DATABASE_URL: producerDb.url,
      EVENTS: String(EVENTS),
      KEYS: String(KEYS),
      PACE_MS: '15',
    });
    children.push(producer);

    // Broker outage while both sides are busy.
    await eventually(async () => (await appliedCount()) >= 150, '150 events applied', { timeoutMs: 30_000 });
    const port = broker.port;
    expect(producer.output()).not.toContain('DRAINED');
    await broker.stop();
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    broker = await startQuietBroker({ port, dataDir });

    // Consumer crash while it works through the backlog the outage left: no shutdown, offsets of the
    // current batch not committed, a transaction possibly half done.
    const before = await appliedCount();
    await eventually(async () => (await appliedCount()) >= before + 50, '50 more events after the restart', {
      timeoutMs: 30_000,
    });
    expect(await appliedCount()).toBeLessThan(EVENTS);
    await consumer.kill('SIGKILL');
    consumer = startConsumer();
    await consumer.waitForLine('READY');

    await producer.waitForLine('DRAINED', 45_000);
    expect(await producer.exited).toBe(0);
    await eventually(async () => (await appliedCount()) >= EVENTS, `all ${EVENTS} events applied`, {
      timeoutMs: 30_000,
    }).catch((error: Error) => {
      throw new Error(`${error.message}\nconsumer output:\n${consumer.output()}`);
    });
    // Nothing is left to redeliver once the group has committed up to the log end of every partition; a
    // late redelivery before that would show up as an extra row.
    const admin = kafka.admin();
    await admin.connect();
    await eventually(async () => {
      const ends = await admin.fetchTopicOffsets(topic);
      const [committed] = await admin.fetchOffsets({ groupId: 'eo-consumer', topics: [topic] });
      return ends.every(
        ({ partition, high }) =>
          committed?.partitions.find((p) => p.partition === partition)?.offset === high,
      );
    }, 'the consumer group to commit up to the end of the topic');
    await admin.disconnect();
    const duplicates = consumer.waitForLine('DUPLICATES');
    await consumer.kill('SIGTERM');
    process.stdout.write(`exactly-once: ${(await duplicates).toLowerCase()} skipped by the inbox\n`);

    const { rows } = await consumerDbClient.query<{ item_key: string; seqs: number[]; events: string }>(
      `SELECT item_key, array_agg(seq ORDER BY id) AS seqs, count(DISTINCT event_id) AS events
         FROM eo_applied GROUP BY item_key ORDER BY item_key`,
    );
    expect(await appliedCount()).toBe(EVENTS);
    expect(rows).toHaveLength(KEYS);
    for (const row of rows) {
      const expected = Array.from({ length: row.seqs.length }, (_, index) => index + 1);
      expect({ key: row.item_key, seqs: row.seqs }).toEqual({ key: row.item_key, seqs: expected });
      expect(Number(row.events)).toBe(row.seqs.length);
    }
    const inbox = await consumerDbClient.query<{ count: string }>(
      'SELECT count(*) AS count FROM inbox_message',
    );
    expect(Number(inbox.rows[0]?.count)).toBe(EVENTS);
  }, 90_000);
});
