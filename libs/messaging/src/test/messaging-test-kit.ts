import { randomBytes, randomUUID } from 'node:crypto';
import {
  catalogOf,
  defineEvent,
  fields,
  type EventEnvelope,
  type PayloadMapOf,
  type PayloadOf,
} from '@kzps/contracts';
import { startBroker, type BrokerLogger, type RunningBroker } from '@kzps/kafka-lite';
import { logLevel, type Kafka, type KafkaMessage, type Producer } from 'kafkajs';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { createTestDatabase, eventually, startEmbeddedPostgres, type TestDatabase } from '@kzps/testing';
import { createKafka } from '../kafka/kafka-client';
import { messagingEntities, messagingMigrations } from '../messaging.tables';

export const ITEM_RECORDED = 'kz.gov.test.item.recorded.v1';

/** The test event, one step of a per-key sequence, on its own topic: test files sharing a broker never see each other's messages. */
function itemRecordedOn(topic: string) {
  return defineEvent({
    type: ITEM_RECORDED,
    topic,
    key: (payload) => payload.key,
    description: 'Subject: the key. One step of a per-key sequence.',
    example: { key: 'k-1', seq: 1 },
    payload: z.looseObject({
      key: fields.text(),
      seq: fields.int({ min: 1 }),
      /** Makes the test handler throw. */
      fail: z.boolean().optional(),
      note: z.string().optional(),
    }),
  });
}

export type ItemRecorded = PayloadOf<ReturnType<typeof itemRecordedOn>>;

export function testCatalog(topic: string) {
  return catalogOf({ itemRecorded: itemRecordedOn(topic) });
}

export type TestPayloads = PayloadMapOf<ReturnType<typeof testCatalog>>;

export function uniqueName(prefix: string): string {
  return `${prefix}_${randomBytes(4).toString('hex')}`;
}

const quiet: BrokerLogger = {
  debug: () => undefined,
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
};

export function startQuietBroker(options: { port?: number; dataDir?: string } = {}): Promise<RunningBroker> {
  return startBroker({ host: '127.0.0.1', port: options.port ?? 0, dataDir: options.dataDir, logger: quiet });
}

export function testKafka(address: string, clientId = 'messaging-test'): Kafka {
  return createKafka({ clientId, brokers: [address], logLevel: logLevel.NOTHING, connectionTimeout: 1_000 });
}

/** Fast group joins for tests: the broker notices a dead member within a couple of seconds. */
export const fastGroup = {
  sessionTimeout: 6_000,
  heartbeatInterval: 300,
  rebalanceTimeout: 6_000,
  maxWaitTimeInMs: 100,
};

export async function openDataSource(
  url: string,
  extraEntities: Array<new () => object> = [],
): Promise<DataSource> {
  const dataSource = new DataSource({
    type: 'postgres',
    url,
    entities: [...messagingEntities, ...extraEntities],
    migrations: messagingMigrations,
    migrationsRun: true,
    synchronize: false,
    logging: ['error'],
    extra: { max: 5 },
  });
  await dataSource.initialize();
  return dataSource;
}

/** The test event with the given payload, as a producer service would publish it. */
export function itemEvent(data: ItemRecorded, id: string = randomUUID()): EventEnvelope<ItemRecorded> {
  return {
    id,
    source: '/kzps/producer-test',
    type: ITEM_RECORDED,
    subject: data.key,
    time: new Date().toISOString(),
    specversion: '1.0',
    datacontenttype: 'application/json',
    data,
  };
}

/** What a consumer test file needs: its own database (with the messaging tables), broker and producer. */
export interface ConsumerTestBed {
  dataSource: DataSource;
  kafka: Kafka;
  producer: Producer;
  close(): Promise<void>;
}

export async function startConsumerTestBed(
  databasePrefix: string,
  extraEntities: Array<new () => object> = [],
): Promise<ConsumerTestBed> {
  const database = await createTestDatabase(databasePrefix);
  const dataSource = await openDataSource(database.url, extraEntities);
  const broker = await startQuietBroker();
  const kafka = testKafka(broker.address);
  const producer = kafka.producer();
  await producer.connect();
  return {
    dataSource,
    kafka,
    producer,
    close: async () => {
      await producer.disconnect();
      await dataSource.destroy();
      await database.drop();
      await broker.stop();
    },
  };
}

/** Reads a topic from the beginning with a fresh group until `count` messages arrived. */
export async function readTopic(
  kafka: Kafka,
  topic: string,
  count: number,
  options: { timeoutMs?: number } = {},
): Promise<KafkaMessage[]> {
  const consumer = kafka.consumer({ groupId: uniqueName('reader'), ...fastGroup });
  const messages: KafkaMessage[] = [];
  await consumer.connect();
  try {
    await consumer.subscribe({ topic, fromBeginning: true });
    await consumer.run({
      eachMessage: async ({ message }) => {
        messages.push(message);
      },
    });
    await eventually(() => messages.length >= count, `${count} messages on ${topic}`, options);
  } finally {
    await consumer.disconnect();
  }
  return messages;
}

/** A PostgreSQL server for the benchmark: the one named in the environment, else an embedded one. */
export async function benchDatabaseServer(): Promise<{
  createDatabase(prefix: string): Promise<TestDatabase>;
  stop(): Promise<void>;
}> {
  const given = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  const embedded = given ? undefined : await startEmbeddedPostgres();
  // createTestDatabase reads the server from TEST_DATABASE_URL.
  process.env.TEST_DATABASE_URL = given ?? embedded?.url;
  return {
    createDatabase: (prefix) => createTestDatabase(prefix),
    stop: async () => {
      await embedded?.stop();
    },
  };
}

/** Configuration of the child processes, passed by the spawning test. */
export function requiredEnv(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set`);
  return value;
}
