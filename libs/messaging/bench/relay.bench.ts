// Benchmark of the relay path: outbox append (committed transaction) → relay → kafka-lite (own process,
// file mode) → consumer with inbox. Not a test. Run from the repository root:
//   node -r ./tools/scripts/register-ts.cjs libs/messaging/bench/relay.bench.ts
// Uses BENCH_DATABASE_URL / TEST_DATABASE_URL (a server URL) when set, else starts an embedded PostgreSQL.
// BENCH_TRACING=1 runs it with tracing on (bench-tracing.ts): each append in a span, the trace carried
// through the outbox, producer and consumer spans, PostgreSQL spans, all exported over OTLP.
import 'reflect-metadata';
import { traceHeadersOf } from '@kzps/platform';
import { asRequest, benchTracing } from './bench-tracing';
import { eventually } from '@kzps/testing';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DataSource } from 'typeorm';
import { EventConsumer } from '../src/consumer/event-consumer';
import { ensureTopics } from '../src/kafka/topics';
import { OutboxRelay } from '../src/outbox/outbox.relay';
import { OutboxWriter } from '../src/outbox/outbox.writer';
import {
  benchDatabaseServer,
  fastGroup,
  ITEM_RECORDED,
  openDataSource,
  testCatalog,
  testKafka,
  type TestPayloads,
} from '../src/test/messaging-test-kit';

const LATENCY_EVENTS = 2_000;
const LATENCY_RATE_PER_SECOND = 500;
const THROUGHPUT_EVENTS = 20_000;
const THROUGHPUT_TX_SIZE = 10;
const THROUGHPUT_WRITERS = 4;
const KEYS = 16;

function percentile(sorted: number[], p: number): number {
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)] ?? Number.NaN;
}

async function startBrokerProcess(dataDir: string): Promise<{ address: string; stop(): Promise<void> }> {
  const bin = join(__dirname, '../../../tools/kafka-lite/bin/kafka-lite.js');
  const child = spawn(process.execPath, [bin, '--port', '0', '--data-dir', dataDir, '--log-level', 'warn'], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const address = await new Promise<string>((resolve, reject) => {
    let text = '';
    child.stdout.on('data', (chunk: Buffer) => {
      text += chunk.toString();
      const match = /listening on (\S+)/.exec(text);
      if (match?.[1]) resolve(match[1]);
    });
    child.once('exit', (code) => reject(new Error(`kafka-lite exited with ${code}`)));
  });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  return {
    address,
    async stop() {
      child.kill('SIGTERM');
      await exited;
    },
  };
}

async function appliedCount(dataSource: DataSource): Promise<number> {
  const rows: Array<{ count: string }> = await dataSource.query(
    'SELECT count(*) AS count FROM inbox_message',
  );
  return Number(rows[0]?.count);
}

async function main(): Promise<void> {
  const tracing = await benchTracing('bench');
  const server = await benchDatabaseServer();
  const dataDir = mkdtempSync(join(tmpdir(), 'kzps-bench-broker-'));
  const broker = await startBrokerProcess(dataDir);
  const producerDb = await server.createDatabase('bench_producer');
  const consumerDb = await server.createDatabase('bench_consumer');
  const producerData = await openDataSource(producerDb.url);
  const consumerData = await openDataSource(consumerDb.url);
  const topic = 'kz.gov.bench.items';
  const catalog = testCatalog(topic);
  const kafka = testKafka(broker.address, 'bench');
  await ensureTopics(kafka, [{ name: topic, partitions: 4 }]);

  const outbox = new OutboxWriter<TestPayloads>({
    serviceName: 'bench-producer',
    catalog,
    context: () => traceHeadersOf(),
  });
  const relay = new OutboxRelay({
    kafka,
    dataSource: producerData,
    serviceName: 'bench-producer',
    batchSize: 500,
  });
  const latencies: number[] = [];
  let measuring = false;
  const consumer = new EventConsumer<TestPayloads>({
    kafka,
    dataSource: consumerData,
    groupId: 'bench-consumer',
    catalog,
    ...fastGroup,
    maxWaitTimeInMs: 50,
    partitionsConsumedConcurrently: Number(process.env.BENCH_CONCURRENCY ?? '4'),
  });
  consumer.handle(ITEM_RECORDED, async (event) => {
    // note = performance.now() at append time, in this same process.
    if (measuring && event.data.note) latencies.push(performance.now() - Number(event.data.note));
  });
  relay.start();
  await consumer.start();

  // 1. Latency at a steady rate, one event per transaction, as a service under ordinary load.
  measuring = true;
  const seqs = new Map<string, number>();
  const nextSeq = (key: string): number => {
    const seq = (seqs.get(key) ?? 0) + 1;
    seqs.set(key, seq);
    return seq;
  };
  const interval = 1_000 / LATENCY_RATE_PER_SECOND;
  const started = performance.now();
  for (let index = 0; index < LATENCY_EVENTS; index += 1) {
    const key = `key-${index % KEYS}`;
    await asRequest(() =>
      producerData.transaction((manager) =>
        outbox.append(manager, {
          type: ITEM_RECORDED,
          subject: key,
          data: { key, seq: nextSeq(key), note: String(performance.now()) },
        }),
      ),
    );
    const due = started + (index + 1) * interval;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
  }
  await eventually(async () => latencies.length >= LATENCY_EVENTS, 'latency events consumed', {
    timeoutMs: 60_000,
  });
  measuring = false;
  const sorted = [...latencies].sort((a, b) => a - b);
  // The relay's share: commit of the append → Kafka acknowledged (sent_at is stamped right after).
  const relayRows: Array<{ p50: number; p95: number; p99: number }> = await producerData.query(
    `SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY ms) AS p50,
            percentile_cont(0.95) WITHIN GROUP (ORDER BY ms) AS p95,
            percentile_cont(0.99) WITHIN GROUP (ORDER BY ms) AS p99
       FROM (SELECT EXTRACT(EPOCH FROM sent_at - created_at) * 1000 AS ms FROM outbox_message) AS sent`,
  );

  // 2. Throughput: concurrent writers, several events per transaction, until the consumer applied all.
  const before = await appliedCount(consumerData);
  const throughputStarted = performance.now();
  let written = 0;
  await Promise.all(
    Array.from({ length: THROUGHPUT_WRITERS }, async () => {
      while (written < THROUGHPUT_EVENTS) {
        written += THROUGHPUT_TX_SIZE;
        await asRequest(() =>
          producerData.transaction((manager) =>
            outbox.appendAll(
              manager,
              Array.from({ length: THROUGHPUT_TX_SIZE }, () => {
                const key = `key-${Math.floor(Math.random() * KEYS)}`;
                return { type: ITEM_RECORDED, subject: key, data: { key, seq: 1 } };
              }),
            ),
          ),
        );
      }
    }),
  );
  const appendSeconds = (performance.now() - throughputStarted) / 1000;
  await eventually(
    async () => {
      const rows: Array<{ count: string }> = await producerData.query(
        'SELECT count(*) AS count FROM outbox_message WHERE sent_at IS NULL',
      );
      return Number(rows[0]?.count) === 0;
    },
    'outbox drained',
    { timeoutMs: 300_000 },
  );
  const relaySeconds = (performance.now() - throughputStarted) / 1000;
  await eventually(
    async () => (await appliedCount(consumerData)) - before >= written,
    'throughput events consumed',
    { timeoutMs: 300_000 },
  );
  const totalSeconds = (performance.now() - throughputStarted) / 1000;

  const round = (value: number): number => Math.round(value * 10) / 10;
  process.stdout.write(
    `${JSON.stringify(
      {
        tracing: tracing.on,
        latencyMs: {
          events: LATENCY_EVENTS,
          ratePerSecond: LATENCY_RATE_PER_SECOND,
          p50: round(percentile(sorted, 50)),
          p95: round(percentile(sorted, 95)),
          p99: round(percentile(sorted, 99)),
          max: round(sorted[sorted.length - 1] ?? Number.NaN),
        },
        relayShareMs: Object.fromEntries(
          Object.entries(relayRows[0] ?? {}).map(([name, value]) => [name, round(Number(value))]),
        ),
        throughput: {
          events: written,
          appendPerSecond: Math.round(written / appendSeconds),
          relayedPerSecond: Math.round(written / relaySeconds),
          endToEndPerSecond: Math.round(written / totalSeconds),
        },
      },
      null,
      2,
    )}\n`,
  );

  await consumer.stop();
  await relay.stop();
  await producerData.destroy();
  await consumerData.destroy();
  await producerDb.drop();
  await consumerDb.drop();
  await broker.stop();
  await server.stop();
  rmSync(dataDir, { recursive: true, force: true });
  await tracing.stop();
}

main().catch((error: unknown) => {
  process.stderr.write(
    `bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
