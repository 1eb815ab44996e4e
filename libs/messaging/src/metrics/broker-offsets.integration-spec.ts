import { randomUUID } from 'node:crypto';
import { deadLetterTopicOf, type EventEnvelope } from '@kzps/contracts';
import { createTestDatabase, eventually, type TestDatabase } from '@kzps/testing';
import type { RunningBroker } from '@kzps/kafka-lite';
import type { Kafka, Producer } from 'kafkajs';
import { Registry } from 'prom-client';
import type { DataSource } from 'typeorm';
import { EventConsumer, PermanentEventError, type EventHandler } from '../consumer/event-consumer';
import { toKafkaRecord } from '../envelope/kafka-record.codec';
import { ensureTopics } from '../kafka/topics';
import {
  fastGroup,
  ITEM_RECORDED,
  openDataSource,
  startQuietBroker,
  testCatalog,
  testKafka,
  uniqueName,
  type ItemRecorded,
  type TestPayloads,
} from '../test/messaging-test-kit';
import { BrokerOffsetsProbe } from './broker-offsets.probe';
import { MessagingMetrics } from './messaging.metrics';

function itemEvent(key: string, seq: number): EventEnvelope<ItemRecorded> {
  return {
    id: randomUUID(),
    source: '/kzps/producer-test',
    type: ITEM_RECORDED,
    subject: key,
    time: new Date().toISOString(),
    specversion: '1.0',
    datacontenttype: 'application/json',
    data: { key, seq },
  };
}

/** The value of one series as a scrape reads it (the gauges collect from the broker on read). */
async function sample(registry: Registry, name: string, labels: Record<string, string>): Promise<number> {
  const metrics = await registry.getMetricsAsJSON();
  const metric = metrics.find((candidate) => candidate.name === name);
  const value = metric?.values.find((candidate) =>
    Object.entries(labels).every(([label, wanted]) => String(candidate.labels[label]) === wanted),
  );
  if (!value) throw new Error(`no ${name} series with ${JSON.stringify(labels)}`);
  return value.value;
}

describe('broker offsets metrics', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  let broker: RunningBroker;
  let kafka: Kafka;
  let producer: Producer;
  const stops: Array<() => Promise<void>> = [];

  async function consume(handler: EventHandler<ItemRecorded>) {
    const topic = uniqueName('kz.gov.test.lag');
    const groupId = uniqueName('lagging-svc');
    await ensureTopics(kafka, [{ name: topic, partitions: 1 }]);
    const registry = new Registry();
    const metrics = new MessagingMetrics(registry);
    const consumer = new EventConsumer<TestPayloads>({
      kafka,
      dataSource,
      groupId,
      catalog: testCatalog(topic),
      metrics,
      ...fastGroup,
    });
    consumer.handle(ITEM_RECORDED, handler);
    const probe = new BrokerOffsetsProbe(kafka, { groupId, topics: () => consumer.topics() });
    metrics.measureBrokerOffsetsWith(() => probe.read());
    stops.push(
      () => consumer.stop(),
      () => probe.close(),
    );
    await consumer.start();
    const publish = (...events: Array<EventEnvelope<ItemRecorded>>) =>
      producer.send({ topic, acks: -1, messages: events.map((event) => toKafkaRecord(event)) });
    return { topic, groupId, registry, publish };
  }

  beforeAll(async () => {
    database = await createTestDatabase('messaging_broker_offsets');
    dataSource = await openDataSource(database.url);
    broker = await startQuietBroker();
    kafka = testKafka(broker.address);
    producer = kafka.producer();
    await producer.connect();
  });

  afterEach(async () => {
    for (const stop of stops.splice(0).reverse()) await stop();
  });

  afterAll(async () => {
    await producer.disconnect();
    await dataSource.destroy();
    await database.drop();
    await broker.stop();
  });

  it('shows the messages a consumer group has not committed, and 0 once it caught up', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let entered = false;
    const { topic, groupId, registry, publish } = await consume(async () => {
      entered = true;
      await gate;
    });
    const series = { group: groupId, topic, partition: '0' };
    await publish(itemEvent('a', 1), itemEvent('a', 2), itemEvent('a', 3));
    await eventually(() => entered, 'the consumer holds the first message');

    expect(await sample(registry, 'messaging_consumer_lag_messages', series)).toBe(3);

    release();
    await eventually(
      async () => (await sample(registry, 'messaging_consumer_lag_messages', series)) === 0,
      'the lag drops to 0 once the group committed every message',
    );
  });

  it('counts a dead-lettered message on its dead-letter topic and in messaging_dead_lettered_total', async () => {
    const { topic, registry, publish } = await consume(() => {
      throw new PermanentEventError('cannot ever apply this item');
    });
    const dlq = { topic: deadLetterTopicOf(topic) };
    expect(await sample(registry, 'messaging_dead_letter_messages', dlq)).toBe(0);

    await publish(itemEvent('b', 1));

    await eventually(
      async () => (await sample(registry, 'messaging_dead_letter_messages', dlq)) === 1,
      'the dead-letter topic holds the parked message',
    );
    expect(await sample(registry, 'messaging_dead_lettered_total', { topic, type: ITEM_RECORDED })).toBe(1);
  });
});
