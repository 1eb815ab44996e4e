import { DeadLetterHeaders, deadLetterTopicOf, type EventEnvelope } from '@kzps/contracts';
import { eventually } from '@kzps/testing';
import type { Kafka, Producer } from 'kafkajs';
import { Registry } from 'prom-client';
import type { DataSource, EntityManager } from 'typeorm';
import { replayDeadLetters } from '../dead-letter/replay-dead-letters';
import { toKafkaRecord } from '../envelope/kafka-record.codec';
import { ensureTopics } from '../kafka/topics';
import { MessagingMetrics } from '../metrics/messaging.metrics';
import { AppliedItem, APPLIED_ITEM_DDL } from '../test/applied-item.entity';
import {
  fastGroup,
  ITEM_RECORDED,
  itemEvent,
  readTopic,
  startConsumerTestBed,
  testCatalog,
  uniqueName,
  type ConsumerTestBed,
  type ItemRecorded,
  type TestPayloads,
} from '../test/messaging-test-kit';
import { EventConsumer, PermanentEventError } from './event-consumer';

async function applyItem(event: EventEnvelope<ItemRecorded>, manager: EntityManager): Promise<void> {
  await manager.insert(AppliedItem, { eventId: event.id, itemKey: event.data.key, seq: event.data.seq });
}

describe('EventConsumer', () => {
  let bed: ConsumerTestBed;
  let dataSource: DataSource;
  let kafka: Kafka;
  let producer: Producer;
  const consumers: EventConsumer<TestPayloads>[] = [];

  async function setUp(options: { maxAttempts?: number; handler?: typeof applyItem } = {}): Promise<{
    topic: string;
    groupId: string;
    registry: Registry;
    publish: (...events: Array<EventEnvelope<unknown>>) => Promise<void>;
  }> {
    const topic = uniqueName('kz.gov.test.items');
    const groupId = uniqueName('consumer-svc');
    await ensureTopics(kafka, [{ name: topic, partitions: 2 }]);
    const registry = new Registry();
    const consumer = new EventConsumer<TestPayloads>({
      kafka,
      dataSource,
      groupId,
      catalog: testCatalog(topic),
      maxAttempts: options.maxAttempts ?? 3,
      retryBackoff: { initialMs: 20, maxMs: 50 },
      metrics: new MessagingMetrics(registry),
      ...fastGroup,
    });
    consumer.handle(ITEM_RECORDED, options.handler ?? applyItem);
    consumers.push(consumer);
    await consumer.start();
    const publish = async (...events: Array<EventEnvelope<unknown>>): Promise<void> => {
      await producer.send({ topic, acks: -1, messages: events.map((event) => toKafkaRecord(event)) });
    };
    return { topic, groupId, registry, publish };
  }

  async function appliedSeqs(key: string): Promise<number[]> {
    const rows = await dataSource
      .getRepository(AppliedItem)
      .find({ where: { itemKey: key }, order: { appliedAt: 'ASC', seq: 'ASC' } });
    return rows.map((row) => row.seq);
  }

  beforeAll(async () => {
    bed = await startConsumerTestBed('messaging_consumer', [AppliedItem]);
    ({ dataSource, kafka, producer } = bed);
    await dataSource.query(APPLIED_ITEM_DDL);
  });

  afterEach(async () => {
    await Promise.all(consumers.splice(0).map((consumer) => consumer.stop()));
  });

  afterAll(() => bed.close());

  it('has no second effect when the same event is delivered again', async () => {
    const { publish, groupId, registry } = await setUp();
    const key = uniqueName('dup');
    const event = itemEvent({ key, seq: 1 });
    await publish(event, event, itemEvent({ key, seq: 2 }));
    await publish(event);
    await eventually(async () => (await appliedSeqs(key)).length === 2, 'both distinct events applied');
    await eventually(
      async () =>
        (await registry.getSingleMetricAsString('messaging_consumed_total')).includes(
          'outcome="duplicate"} 2',
        ),
      'two duplicates counted',
    );
    expect(await appliedSeqs(key)).toEqual([1, 2]);
    const inbox: Array<{ count: string }> = await dataSource.query(
      'SELECT count(*) AS count FROM inbox_message WHERE consumer = $1',
      [groupId],
    );
    expect(Number(inbox[0]?.count)).toBe(2);
  });

  it('parks a message that keeps failing on <topic>.dlq after N attempts and handles the next one', async () => {
    let calls = 0;
    const { topic, groupId, publish, registry } = await setUp({
      maxAttempts: 3,
      handler: async (event, manager) => {
        calls += 1;
        if (event.data.fail) throw new Error(`cannot apply ${event.data.key}#${event.data.seq}`);
        await applyItem(event, manager);
      },
    });
    const key = uniqueName('dlq');
    const failing = itemEvent({ key, seq: 1, fail: true });
    await publish(failing, itemEvent({ key, seq: 2 }));
    await eventually(async () => (await appliedSeqs(key)).length === 1, 'the next message applied');
    expect(calls).toBe(4);
    const [parked] = await readTopic(kafka, deadLetterTopicOf(topic), 1);
    const header = (name: string): string => String(parked?.headers?.[name]);
    expect(String(parked?.key)).toBe(key);
    expect(JSON.parse(String(parked?.value))).toEqual(failing.data);
    expect(header('ce_id')).toBe(failing.id);
    expect(header(DeadLetterHeaders.originalTopic)).toBe(topic);
    expect(header(DeadLetterHeaders.originalPartition)).toMatch(/^[01]$/);
    expect(header(DeadLetterHeaders.originalOffset)).toBe('0');
    expect(header(DeadLetterHeaders.error)).toBe(`cannot apply ${key}#1`);
    expect(header(DeadLetterHeaders.attempts)).toBe('3');
    expect(header(DeadLetterHeaders.consumer)).toBe(groupId);
    expect(await registry.getSingleMetricAsString('messaging_dead_lettered_total')).toContain(
      `topic="${topic}"`,
    );
    expect(await registry.getSingleMetricAsString('messaging_handler_failures_total')).toMatch(/} 3$/m);
  });

  it('parks an invalid payload and a permanent error at once, without retrying', async () => {
    let calls = 0;
    const { topic, publish } = await setUp({
      maxAttempts: 5,
      handler: async (event) => {
        calls += 1;
        throw new PermanentEventError(`item ${event.data.key} is unknown here`);
      },
    });
    const key = uniqueName('bad');
    await publish(itemEvent({ key, seq: 0 }), itemEvent({ key, seq: 1 }));
    const parked = await readTopic(kafka, deadLetterTopicOf(topic), 2);
    expect(
      parked.map((message) => [
        String(message.headers?.[DeadLetterHeaders.attempts]),
        String(message.headers?.[DeadLetterHeaders.error]),
      ]),
    ).toEqual([
      ['0', 'invalid payload: seq must be >= 1'],
      ['1', `item ${key} is unknown here`],
    ]);
    expect(calls).toBe(1);
  });

  it('replays the dead-letter topic to the original topic, where the fixed consumer applies it once', async () => {
    let broken = true;
    const { topic, groupId, publish } = await setUp({
      maxAttempts: 2,
      handler: async (event, manager) => {
        if (broken) throw new Error('temporarily broken');
        await applyItem(event, manager);
      },
    });
    const key = uniqueName('replay');
    await publish(itemEvent({ key, seq: 1 }), itemEvent({ key, seq: 2 }));
    await readTopic(kafka, deadLetterTopicOf(topic), 2);
    broken = false;
    const result = await replayDeadLetters({
      kafka,
      deadLetterTopic: deadLetterTopicOf(topic),
      consumer: groupId,
      ...fastGroup,
    });
    expect(result).toEqual({ replayed: 2, skipped: 0 });
    await eventually(async () => (await appliedSeqs(key)).length === 2, 'the replayed events applied');
    expect(await appliedSeqs(key)).toEqual([1, 2]);
    // The replay group remembers where it stopped: a second run has nothing to do.
    expect(
      await replayDeadLetters({
        kafka,
        deadLetterTopic: deadLetterTopicOf(topic),
        consumer: groupId,
        ...fastGroup,
      }),
    ).toEqual({ replayed: 0, skipped: 0 });
  });

  it('ignores event types it has no handler for', async () => {
    const { publish, registry, topic } = await setUp();
    const key = uniqueName('other');
    await publish(
      { ...itemEvent({ key, seq: 1 }), type: 'kz.gov.test.item.archived.v1' },
      itemEvent({ key, seq: 1 }),
    );
    await eventually(async () => (await appliedSeqs(key)).length === 1, 'the known event applied');
    expect(await registry.getSingleMetricAsString('messaging_consumed_total')).toContain(
      `topic="${topic}",type="kz.gov.test.item.archived.v1",outcome="ignored"} 1`,
    );
  });
});
