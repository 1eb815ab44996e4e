import { eventually } from '@kzps/testing';
import type { Admin, Consumer, KafkaMessage, Producer } from 'kafkajs';
import type { RunningBroker } from './broker';
import { kafkaClient, FAST_GROUP, startTestBroker, trackAssignment, uniqueName } from './test/kafka-test-kit';

describe('kafka-lite with kafkajs', () => {
  let broker: RunningBroker;
  let admin: Admin;
  const cleanups: (() => Promise<void>)[] = [];

  beforeAll(async () => {
    broker = await startTestBroker({ defaultPartitions: 2 });
    admin = kafkaClient(broker).admin();
    await admin.connect();
  });

  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  afterAll(async () => {
    await admin.disconnect();
    await broker.stop();
  });

  async function connectedProducer(
    options: Parameters<ReturnType<typeof kafkaClient>['producer']>[0] = {},
  ): Promise<Producer> {
    const producer = kafkaClient(broker).producer(options);
    await producer.connect();
    cleanups.push(() => producer.disconnect());
    return producer;
  }

  async function runConsumer(
    groupId: string,
    topic: string,
    received: KafkaMessage[],
    maxWaitTimeInMs?: number,
  ): Promise<Consumer> {
    const consumer = kafkaClient(broker).consumer({
      ...FAST_GROUP,
      groupId,
      ...(maxWaitTimeInMs ? { maxWaitTimeInMs } : {}),
    });
    cleanups.push(() => consumer.disconnect());
    await consumer.connect();
    await consumer.subscribe({ topic, fromBeginning: true });
    await consumer.run({
      eachMessage: async ({ message }) => {
        received.push(message);
      },
    });
    return consumer;
  }

  it('creates topics idempotently, describes them, lists their offsets and deletes them', async () => {
    const topic = uniqueName('admin');
    await expect(admin.createTopics({ topics: [{ topic, numPartitions: 3 }] })).resolves.toBe(true);
    // kafkajs turns TOPIC_ALREADY_EXISTS into `false`, which is what services rely on at start.
    await expect(admin.createTopics({ topics: [{ topic, numPartitions: 3 }] })).resolves.toBe(false);

    const metadata = await admin.fetchTopicMetadata({ topics: [topic] });
    expect(metadata.topics[0].partitions.map((p) => p.partitionId).sort()).toEqual([0, 1, 2]);
    expect(metadata.topics[0].partitions[0]).toMatchObject({ leader: 0, replicas: [0], isr: [0] });

    const producer = await connectedProducer();
    await producer.send({
      topic,
      messages: [
        { value: 'a', partition: 1 },
        { value: 'b', partition: 1 },
      ],
    });
    const offsets = await admin.fetchTopicOffsets(topic);
    expect(offsets.sort((a, b) => a.partition - b.partition)).toEqual([
      { partition: 0, offset: '0', high: '0', low: '0' },
      { partition: 1, offset: '2', high: '2', low: '0' },
      { partition: 2, offset: '0', high: '0', low: '0' },
    ]);

    await admin.deleteTopics({ topics: [topic] });
    expect(await admin.listTopics()).not.toContain(topic);
  });

  it('rejects a second replica, which a single broker cannot keep', async () => {
    const topic = uniqueName('replicas');
    const failure: unknown = await admin
      .createTopics({ topics: [{ topic, replicationFactor: 3 }] })
      .catch((error: unknown) => error);
    expect(failure).toMatchObject({ errors: [{ type: 'INVALID_REPLICATION_FACTOR', topic }] });
  });

  it('delivers produced messages, with keys and headers, to a consumer in partition order', async () => {
    const topic = uniqueName('roundtrip');
    await admin.createTopics({ topics: [{ topic, numPartitions: 2 }] });
    const producer = await connectedProducer();
    const messages = Array.from({ length: 20 }, (_, i) => ({
      key: `key-${i % 4}`,
      value: `value-${i}`,
      headers: { 'ce-id': `event-${i}` },
    }));
    await producer.send({ topic, messages: messages.slice(0, 10) });
    await producer.send({ topic, messages: messages.slice(10) });

    const received: KafkaMessage[] = [];
    await runConsumer(uniqueName('group'), topic, received);
    await eventually(() => received.length === 20, '20 messages');

    expect(received.map((m) => m.value?.toString()).sort()).toEqual(messages.map((m) => m.value).sort());
    expect(received.find((m) => m.value?.toString() === 'value-7')?.headers?.['ce-id']?.toString()).toBe(
      'event-7',
    );
    // Within one key (one partition), order is kept.
    const forKey = received.filter((m) => m.key?.toString() === 'key-1').map((m) => m.value?.toString());
    expect(forKey).toEqual(['value-1', 'value-5', 'value-9', 'value-13', 'value-17']);
  });

  it.each([0, 1, -1])('stores messages produced with acks=%p', async (acks) => {
    const topic = uniqueName(`acks${acks}`);
    await admin.createTopics({ topics: [{ topic, numPartitions: 1 }] });
    const producer = await connectedProducer();
    for (let i = 0; i < 3; i++) await producer.send({ topic, acks, messages: [{ value: `m${i}` }] });
    // acks=0 gets no answer, so look at the log end instead of the send results.
    const logEnd = async () => (await admin.fetchTopicOffsets(topic))[0].high;
    await eventually(async () => (await logEnd()) === '3', 'the log end at offset 3');
  });

  it('accepts an idempotent producer and keeps offsets contiguous', async () => {
    const topic = uniqueName('idempotent');
    await admin.createTopics({ topics: [{ topic, numPartitions: 1 }] });
    const producer = await connectedProducer({ idempotent: true, maxInFlightRequests: 1 });
    const results = [];
    for (let i = 0; i < 5; i++)
      results.push(...(await producer.send({ topic, messages: [{ value: `a${i}` }, { value: `b${i}` }] })));
    expect(results.map((r) => r.baseOffset)).toEqual(['0', '2', '4', '6', '8']);

    const received: KafkaMessage[] = [];
    await runConsumer(uniqueName('group'), topic, received);
    await eventually(() => received.length === 10, '10 messages');
    expect(received.map((m) => m.offset)).toEqual(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9']);
  });

  it('finds offsets by timestamp', async () => {
    const topic = uniqueName('by-time');
    await admin.createTopics({ topics: [{ topic, numPartitions: 1 }] });
    const producer = await connectedProducer();
    await producer.send({ topic, messages: [{ value: 'old', timestamp: '1000' }] });
    await producer.send({ topic, messages: [{ value: 'new', timestamp: '2000' }] });
    expect(await admin.fetchTopicOffsetsByTimestamp(topic, 1500)).toEqual([{ partition: 0, offset: '1' }]);
  });

  it('does not create topics on first use when auto-creation is off', async () => {
    const strict = await startTestBroker({ autoCreateTopics: false });
    const strictAdmin = kafkaClient(strict, { retry: { retries: 0 } }).admin();
    await strictAdmin.connect();
    await expect(strictAdmin.fetchTopicMetadata({ topics: ['never-created'] })).rejects.toMatchObject({
      type: 'UNKNOWN_TOPIC_OR_PARTITION',
    });
    await strictAdmin.disconnect();
    await strict.stop();
  });

  it('wakes a long-polling consumer as soon as a message arrives, not at maxWaitTime', async () => {
    const maxWaitTimeInMs = 30_000;
    const topic = uniqueName('long-poll');
    await admin.createTopics({ topics: [{ topic, numPartitions: 1 }] });
    const producer = await connectedProducer();
    const received: KafkaMessage[] = [];
    const consumer = kafkaClient(broker).consumer({
      ...FAST_GROUP,
      groupId: uniqueName('group'),
      maxWaitTimeInMs,
    });
    cleanups.push(async () => {
      // kafkajs lets its parked fetch finish before it disconnects; one more message ends it at once.
      await producer.send({ topic, messages: [{ value: 'goodbye' }] });
      await consumer.disconnect();
    });
    const assignment = trackAssignment(consumer, topic);
    // Counts the fetches the consumer began, and how many it had begun when it last handled a message.
    let fetchesStarted = 0;
    let fetchesBeforeLastMessage = 0;
    consumer.on(consumer.events.FETCH_START, () => {
      fetchesStarted += 1;
    });
    await consumer.connect();
    await consumer.subscribe({ topic, fromBeginning: true });
    await consumer.run({
      eachMessage: async ({ message }) => {
        fetchesBeforeLastMessage = fetchesStarted;
        received.push(message);
      },
    });
    await eventually(() => assignment.partitions.length === 1, 'the assignment');

    for (let i = 0; i < 3; i++) {
      // A fetch begun after the last message was handled finds nothing and waits up to maxWaitTime.
      await eventually(
        () => fetchesStarted > fetchesBeforeLastMessage,
        'the consumer to start its next long poll',
      );
      await producer.send({ topic, messages: [{ value: `message-${i}` }] });
      // A broker that answered only at maxWaitTime would not deliver before this wait gives up.
      await eventually(() => received.length === i + 1, `message ${i} before maxWaitTime`, {
        timeoutMs: maxWaitTimeInMs / 2,
      });
    }
    expect(received.map((m) => m.value?.toString())).toEqual(['message-0', 'message-1', 'message-2']);
  });
});
