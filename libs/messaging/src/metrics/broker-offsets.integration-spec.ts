import { deadLetterTopicOf, type EventEnvelope } from '@kzps/contracts';
import { eventually } from '@kzps/testing';
import { Registry } from 'prom-client';
import { EventConsumer, PermanentEventError, type EventHandler } from '../consumer/event-consumer';
import { toKafkaRecord } from '../envelope/kafka-record.codec';
import { ensureTopics } from '../kafka/topics';
import {
  fastGroup,
  ITEM_RECORDED,
  itemEvent,
  startConsumerTestBed,
  testCatalog,
  uniqueName,
  type ConsumerTestBed,
  type ItemRecorded,
  type TestPayloads,
} from '../test/messaging-test-kit';
import { BrokerOffsetsProbe } from './broker-offsets.probe';
import { MessagingMetrics } from './messaging.metrics';

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
  let bed: ConsumerTestBed;
  const stops: Array<() => Promise<void>> = [];

  async function consume(handler: EventHandler<ItemRecorded>) {
    const topic = uniqueName('kz.gov.test.lag');
    const groupId = uniqueName('lagging-svc');
    const { kafka, dataSource, producer } = bed;
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
    bed = await startConsumerTestBed('messaging_broker_offsets');
  });

  afterEach(async () => {
    for (const stop of stops.splice(0).reverse()) await stop();
  });

  afterAll(() => bed.close());

  it('shows the messages a consumer group has not committed, and 0 once it caught up', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let entered = false;
    const { topic, groupId, registry, publish } = await consume(async () => {
      entered = true;
      await gate;
    });
    const series = { group: groupId, topic, partition: '0' };
    await publish(
      itemEvent({ key: 'a', seq: 1 }),
      itemEvent({ key: 'a', seq: 2 }),
      itemEvent({ key: 'a', seq: 3 }),
    );
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

    await publish(itemEvent({ key: 'b', seq: 1 }));

    await eventually(
      async () => (await sample(registry, 'messaging_dead_letter_messages', dlq)) === 1,
      'the dead-letter topic holds the parked message',
    );
    expect(await sample(registry, 'messaging_dead_lettered_total', { topic, type: ITEM_RECORDED })).toBe(1);
  });
});
