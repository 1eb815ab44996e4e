import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestDatabase, eventually, type TestDatabase } from '@kzps/testing';
import type { RunningBroker } from '@kzps/kafka-lite';
import type { Kafka } from 'kafkajs';
import { Registry } from 'prom-client';
import type { DataSource } from 'typeorm';
import { ensureTopics } from '../kafka/topics';
import { MessagingMetrics } from '../metrics/messaging.metrics';
import {
  ITEM_RECORDED,
  openDataSource,
  readTopic,
  startQuietBroker,
  testCatalog,
  testKafka,
  uniqueName,
  type TestPayloads,
} from '../test/messaging-test-kit';
import { OutboxRelay } from './outbox.relay';
import { OutboxWriter } from './outbox.writer';

describe('OutboxRelay', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  let broker: RunningBroker;
  let kafka: Kafka;
  let dataDir: string;
  const relays: OutboxRelay[] = [];

  function relay(options: Partial<ConstructorParameters<typeof OutboxRelay>[0]> = {}): OutboxRelay {
    const created = new OutboxRelay({
      kafka,
      dataSource,
      serviceName: 'relay-test',
      pollIntervalMs: 60_000,
      standbyRetryMs: 200,
      backoff: { initialMs: 50, maxMs: 300 },
      ...options,
    });
    relays.push(created);
    return created;
  }

  /** A relay with its own metrics registry, already holding the lock. */
  async function activeRelay(): Promise<{ active: OutboxRelay; registry: Registry }> {
    const registry = new Registry();
    const active = relay({ metrics: new MessagingMetrics(registry) });
    active.start();
    await eventually(async () => active.isActive, 'the relay to become active');
    return { active, registry };
  }

  /** A session whose last statement asked for the relay lock, and which holds no advisory lock: a standby. */
  async function standbyTriedTheLock(): Promise<boolean> {
    const rows: Array<{ count: string }> = await dataSource.query(
      `SELECT count(*) AS count FROM pg_stat_activity a
        WHERE a.datname = current_database() AND a.query LIKE 'SELECT pg_try_advisory_lock%'
          AND NOT EXISTS (SELECT 1 FROM pg_locks l WHERE l.pid = a.pid AND l.locktype = 'advisory')`,
    );
    return Number(rows[0]?.count) > 0;
  }

  async function unsentCount(): Promise<number> {
    const rows: Array<{ count: string }> = await dataSource.query(
      'SELECT count(*) AS count FROM outbox_message WHERE sent_at IS NULL',
    );
    return Number(rows[0]?.count);
  }

  async function withTopic(): Promise<{ topic: string; outbox: OutboxWriter<TestPayloads> }> {
    const topic = uniqueName('kz.gov.test.items');
    await ensureTopics(kafka, [{ name: topic, partitions: 3 }]);
    return {
      topic,
      outbox: new OutboxWriter<TestPayloads>({ serviceName: 'relay-test', catalog: testCatalog(topic) }),
    };
  }

  beforeAll(async () => {
    database = await createTestDatabase('messaging_relay');
    dataSource = await openDataSource(database.url);
    dataDir = mkdtempSync(join(tmpdir(), 'kzps-relay-broker-'));
    broker = await startQuietBroker({ dataDir });
    kafka = testKafka(broker.address);
  });

  afterEach(async () => {
    await Promise.all(relays.splice(0).map((created) => created.stop()));
    // Rows of one test must not be published by the next test's relay.
    await dataSource.query('UPDATE outbox_message SET sent_at = now() WHERE sent_at IS NULL');
  });

  afterAll(async () => {
    await dataSource.destroy();
    await database.drop();
    await broker.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('publishes nothing for an append in a rolled-back transaction', async () => {
    const { topic, outbox } = await withTopic();
    await expect(
      dataSource.transaction(async (manager) => {
        await outbox.append(manager, {
          type: ITEM_RECORDED,
          subject: 'k1',
          data: { key: 'k1', seq: 1, note: 'rolled back' },
        });
        throw new Error('the state change failed');
      }),
    ).rejects.toThrow('the state change failed');
    for (const note of ['committed', 'committed later']) {
      await dataSource.transaction((manager) =>
        outbox.append(manager, { type: ITEM_RECORDED, subject: 'k1', data: { key: 'k1', seq: 1, note } }),
      );
    }
    relay().start();
    // One key, one partition, published in outbox order: the rolled-back row would come before the last.
    const messages = await readTopic(kafka, topic, 2);
    expect(messages.map((message) => JSON.parse(String(message.value)).note)).toEqual([
      'committed',
      'committed later',
    ]);
  });

  it('refuses to append outside a transaction and refuses a payload its contract rejects', async () => {
    const { outbox } = await withTopic();
    await expect(
      outbox.append(dataSource.manager, { type: ITEM_RECORDED, subject: 'k', data: { key: 'k', seq: 1 } }),
    ).rejects.toThrow(/active transaction/);
    await expect(
      dataSource.transaction((manager) =>
        outbox.append(manager, { type: ITEM_RECORDED, subject: '', data: { key: 'k', seq: 0 } }),
      ),
    ).rejects.toThrow(
      'Invalid kz.gov.test.item.recorded.v1 event: seq must be >= 1; subject (the aggregate id) is required: it is the Kafka key',
    );
  });

  it('publishes in order per key with CloudEvents headers and the aggregate id as key, woken by NOTIFY', async () => {
    const { topic, outbox } = await withTopic();
    // The safety poll is a minute: only the NOTIFY on commit can make this test pass in time.
    const { registry } = await activeRelay();
    const keys = ['org-a', 'org-b', 'org-c'];
    for (let seq = 1; seq <= 10; seq += 1) {
      await dataSource.transaction(async (manager) => {
        for (const key of keys) {
          await outbox.append(manager, {
            type: ITEM_RECORDED,
            subject: key,
            data: { key, seq },
            requestId: `req-${seq}`,
            traceparent: '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01',
          });
        }
      });
    }
    const messages = await readTopic(kafka, topic, 30, { timeoutMs: 10_000 });
    expect(messages).toHaveLength(30);
    for (const key of keys) {
      const ofKey = messages.filter((message) => String(message.key) === key);
      expect(ofKey.map((message) => JSON.parse(String(message.value)).seq)).toEqual([
        1, 2, 3, 4, 5, 6, 7, 8, 9, 10,
      ]);
    }
    const headers = Object.fromEntries(
      Object.entries(messages[0]?.headers ?? {}).map(([name, value]) => [name, String(value)]),
    );
    expect(headers).toEqual({
      ce_id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      ce_source: '/kzps/relay-test',
      ce_type: ITEM_RECORDED,
      ce_subject: String(messages[0]?.key),
      ce_time: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
      ce_specversion: '1.0',
      'content-type': 'application/json',
      'x-request-id': 'req-1',
      traceparent: '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01',
    });
    await eventually(async () => (await unsentCount()) === 0, 'rows marked sent');
    expect(await registry.getSingleMetricAsString('messaging_published_total')).toContain(`topic="${topic}"`);
    expect((await registry.getSingleMetric('messaging_outbox_lag_seconds')?.get())?.values[0]?.value).toBe(0);
  });

  it('keeps one active relay per service and hands over when it stops', async () => {
    const { topic, outbox } = await withTopic();
    const first = relay();
    const second = relay();
    first.start();
    await eventually(async () => first.isActive, 'the first relay to become active');
    second.start();
    await eventually(standbyTriedTheLock, 'the second relay to try the relay lock');
    expect(second.isActive).toBe(false);
    await first.stop();
    await eventually(async () => second.isActive, 'the standby relay to take over', { timeoutMs: 5_000 });
    await dataSource.transaction((manager) =>
      outbox.append(manager, { type: ITEM_RECORDED, subject: 'k', data: { key: 'k', seq: 1 } }),
    );
    expect(await readTopic(kafka, topic, 1)).toHaveLength(1);
  });

  it('prepares its statements again when the outbox table changes under them', async () => {
    const { topic, outbox } = await withTopic();
    await activeRelay();
    const append = (seq: number) =>
      dataSource.transaction((manager) =>
        outbox.append(manager, { type: ITEM_RECORDED, subject: 'k', data: { key: 'k', seq } }),
      );
    await append(1);
    await eventually(async () => (await unsentCount()) === 0, 'the first row published');
    // Another result type for the prepared fetch: the server refuses to run it as prepared.
    await dataSource.query('ALTER TABLE outbox_message ALTER COLUMN topic TYPE text');
    try {
      await append(2);
      const messages = await readTopic(kafka, topic, 2, { timeoutMs: 10_000 });
      expect(messages.map((message) => JSON.parse(String(message.value)).seq)).toEqual([1, 2]);
    } finally {
      await dataSource.query('ALTER TABLE outbox_message ALTER COLUMN topic TYPE varchar(249)');
    }
  });

  it('keeps retrying while the broker is down and delivers once it is back', async () => {
    const { topic, outbox } = await withTopic();
    const { registry } = await activeRelay();
    const port = broker.port;
    await broker.stop();
    await dataSource.transaction((manager) =>
      outbox.append(manager, { type: ITEM_RECORDED, subject: 'k', data: { key: 'k', seq: 1 } }),
    );
    await eventually(
      async () => {
        const rows: Array<{ attempts: number }> = await dataSource.query(
          'SELECT attempts FROM outbox_message WHERE sent_at IS NULL',
        );
        return (rows[0]?.attempts ?? 0) >= 2;
      },
      'failed publication attempts',
      { timeoutMs: 15_000 },
    );
    expect(await unsentCount()).toBe(1);
    expect(
      (await registry.getSingleMetric('messaging_outbox_lag_seconds')?.get())?.values[0]?.value,
    ).toBeGreaterThan(0);
    broker = await startQuietBroker({ port, dataDir });
    await eventually(async () => (await unsentCount()) === 0, 'delivery after the broker returned', {
      timeoutMs: 20_000,
    });
    const messages = await readTopic(kafka, topic, 1);
    expect(JSON.parse(String(messages[0]?.value))).toEqual({ key: 'k', seq: 1 });
  });
});
