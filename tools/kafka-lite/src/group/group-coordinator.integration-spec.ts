import { eventually } from '@kzps/testing';
import type { Admin, Consumer, ConsumerConfig, Kafka, KafkaMessage } from 'kafkajs';
import type { RunningBroker } from '../broker';
import {
  FAST_GROUP,
  kafkaClient,
  killableSockets,
  startTestBroker,
  trackAssignment,
  uniqueName,
} from '../test/kafka-test-kit';

describe('consumer groups on kafka-lite', () => {
  let broker: RunningBroker;
  let admin: Admin;
  const consumers: Consumer[] = [];
  /** The groups' members the broker removed, and why, in the order it did. */
  const removals: Array<{ groupId: unknown; reason: unknown }> = [];

  beforeAll(async () => {
    const quiet = (): void => undefined;
    broker = await startTestBroker({
      logger: {
        debug: quiet,
        warn: quiet,
        error: quiet,
        info: (message, fields) => {
          if (message === 'member removed')
            removals.push({ groupId: fields?.groupId, reason: fields?.reason });
        },
      },
    });
    admin = kafkaClient(broker).admin();
    await admin.connect();
  });

  afterEach(async () => {
    await Promise.all(consumers.splice(0).map((consumer) => consumer.disconnect().catch(() => undefined)));
  });

  afterAll(async () => {
    await admin.disconnect();
    await broker.stop();
  });

  async function startMember(
    groupId: string,
    topic: string,
    received: KafkaMessage[],
    kafka: Kafka = kafkaClient(broker),
    config: Partial<ConsumerConfig> = {},
  ) {
    const consumer = kafka.consumer({ ...FAST_GROUP, groupId, ...config });
    consumers.push(consumer);
    const assignment = trackAssignment(consumer, topic);
    await consumer.connect();
    await consumer.subscribe({ topic, fromBeginning: true });
    await consumer.run({
      eachMessage: async ({ message }) => {
        received.push(message);
      },
    });
    return { consumer, assignment };
  }

  async function topicWithPartitions(count: number): Promise<string> {
    const topic = uniqueName('group-topic');
    await admin.createTopics({ topics: [{ topic, numPartitions: count }] });
    return topic;
  }

  it('splits the partitions between two members and gives them all to the one left after a LeaveGroup', async () => {
    const topic = await topicWithPartitions(4);
    const groupId = uniqueName('split');
    const received: KafkaMessage[] = [];
    const first = await startMember(groupId, topic, received);
    await eventually(
      () => first.assignment.partitions.length === 4,
      'the first member to own all partitions',
    );
    const second = await startMember(groupId, topic, received);
    await eventually(
      () => first.assignment.partitions.length === 2 && second.assignment.partitions.length === 2,
      'a 2/2 split',
    );
    expect([...first.assignment.partitions, ...second.assignment.partitions].sort()).toEqual([0, 1, 2, 3]);

    const producer = kafkaClient(broker).producer();
    await producer.connect();
    await producer.send({
      topic,
      messages: [0, 1, 2, 3].map((partition) => ({ partition, value: `p${partition}` })),
    });
    await eventually(() => received.length === 4, 'one message per partition');

    await second.consumer.disconnect();
    await eventually(
      () => first.assignment.partitions.length === 4,
      'the survivor to own all partitions again',
    );
    await producer.send({
      topic,
      messages: [0, 1, 2, 3].map((partition) => ({ partition, value: `again${partition}` })),
    });
    await eventually(() => received.length === 8, 'the second round');
    await producer.disconnect();
    // Each message exactly once: offsets were committed across the rebalance.
    expect(new Set(received.map((m) => m.value?.toString())).size).toBe(8);
  });

  it('removes a member that stops heartbeating once its session times out', async () => {
    const topic = await topicWithPartitions(2);
    const groupId = uniqueName('session');
    const doomedSockets = killableSockets();
    // Once dead, it must not retry for long: the test disconnects it at the end.
    const doomed = await startMember(
      groupId,
      topic,
      [],
      kafkaClient(broker, { socketFactory: doomedSockets.socketFactory, retry: { retries: 0 } }),
      { retry: { retries: 0, restartOnFailure: async () => false } },
    );
    await eventually(
      () => doomed.assignment.partitions.length === 2,
      'the first member to own both partitions',
    );
    const survivor = await startMember(groupId, topic, []);
    await eventually(() => survivor.assignment.partitions.length === 1, 'a 1/1 split');

    doomedSockets.kill(); // no LeaveGroup: only the session timeout can tell the broker
    await eventually(() => survivor.assignment.partitions.length === 2, 'the survivor to take over', {
      timeoutMs: 10_000,
    });
    // The survivor took over because the broker removed the silent member at its session timeout.
    expect(removals.filter((removal) => removal.groupId === groupId)).toEqual([
      { groupId, reason: 'session timed out' },
    ]);
    const described = await admin.describeGroups([groupId]);
    expect(described.groups[0].members).toHaveLength(1);
    expect(described.groups[0].state).toBe('Stable');
  });

  it('resumes from the committed offset when a consumer of the group comes back', async () => {
    const topic = await topicWithPartitions(1);
    const groupId = uniqueName('resume');
    const producer = kafkaClient(broker).producer();
    await producer.connect();
    await producer.send({ topic, messages: [{ value: 'one' }, { value: 'two' }, { value: 'three' }] });

    const firstRun: KafkaMessage[] = [];
    const first = await startMember(groupId, topic, firstRun);
    await eventually(() => firstRun.length === 3, 'the first three');
    await first.consumer.disconnect();
    const committed = await admin.fetchOffsets({ groupId, topics: [topic] });
    expect(committed[0].partitions).toEqual([{ partition: 0, offset: '3', metadata: null }]);

    await producer.send({ topic, messages: [{ value: 'four' }, { value: 'five' }] });
    await producer.disconnect();
    const secondRun: KafkaMessage[] = [];
    await startMember(groupId, topic, secondRun);
    await eventually(() => secondRun.length === 2, 'the two new ones');
    expect(secondRun.map((m) => m.value?.toString())).toEqual(['four', 'five']);
  });
});
