import { DeadLetterHeaders, isDeadLetterTopic } from '@kzps/contracts';
import { Partitioners, type Kafka } from 'kafkajs';
import { headerText } from '../envelope/kafka-record.codec';
import { restoredMessage } from './dead-letter';

export interface ReplayOptions {
  kafka: Kafka;
  /** The dead-letter topic, `<topic>.dlq`. */
  deadLetterTopic: string;
  /** Only messages parked by this consumer group (a DLQ is shared by every service reading the topic). */
  consumer?: string;
  /** Remembers how far replay got, so a second run does not replay the same messages again. */
  groupId?: string;
  /** Gives up (with what was replayed so far) after this long. */
  timeoutMs?: number;
  sessionTimeout?: number;
  heartbeatInterval?: number;
}

export interface ReplayResult {
  replayed: number;
  /** Parked by another consumer group. */
  skipped: number;
}

/**
 * Republishes the messages parked on a dead-letter topic (up to its end when the replay starts) to their
 * original topic, with the original key, value and CloudEvents headers. The event id is unchanged, so the
 * consumers that already handled it skip it (inbox) and the one that failed handles it again.
 */
export async function replayDeadLetters(options: ReplayOptions): Promise<ReplayResult> {
  const { kafka, deadLetterTopic } = options;
  if (!isDeadLetterTopic(deadLetterTopic)) throw new Error(`${deadLetterTopic} is not a dead-letter topic`);
  const groupId = options.groupId ?? `${options.consumer ?? 'all'}.dlq-replay`;
  const admin = kafka.admin();
  await admin.connect();
  // Where each partition ends now and where this replay group stopped last time.
  const ends = new Map<number, bigint>();
  try {
    const [offsets, committed] = await Promise.all([
      admin.fetchTopicOffsets(deadLetterTopic),
      admin.fetchOffsets({ groupId, topics: [deadLetterTopic] }),
    ]);
    const start = new Map(
      (committed[0]?.partitions ?? []).map((entry) => [entry.partition, BigInt(entry.offset)] as const),
    );
    for (const entry of offsets) {
      const high = BigInt(entry.high);
      const from =
        (start.get(entry.partition) ?? -1n) >= 0n
          ? (start.get(entry.partition) as bigint)
          : BigInt(entry.low);
      if (from < high) ends.set(entry.partition, high);
    }
  } finally {
    await admin.disconnect();
  }
  const result: ReplayResult = { replayed: 0, skipped: 0 };
  if (ends.size === 0) return result;

  const producer = kafka.producer({
    allowAutoTopicCreation: false,
    createPartitioner: Partitioners.DefaultPartitioner,
  });
  const consumer = kafka.consumer({
    groupId,
    allowAutoTopicCreation: false,
    sessionTimeout: options.sessionTimeout ?? 30_000,
    heartbeatInterval: options.heartbeatInterval ?? 3_000,
    maxWaitTimeInMs: 500,
  });
  let timer: NodeJS.Timeout | undefined;
  try {
    await producer.connect();
    await consumer.connect();
    await consumer.subscribe({ topic: deadLetterTopic, fromBeginning: true });
    await new Promise<void>((resolve, reject) => {
      timer = setTimeout(
        () =>
          reject(
            new Error(`replay of ${deadLetterTopic} did not finish within ${options.timeoutMs ?? 60_000} ms`),
          ),
        options.timeoutMs ?? 60_000,
      );
      const markDone = (partition: number, nextOffset: bigint): void => {
        const end = ends.get(partition);
        if (end !== undefined && nextOffset >= end) ends.delete(partition);
        if (ends.size === 0) resolve();
      };
      consumer
        .run({
          autoCommit: true,
          // Commit every resolved message: the consumer is disconnected as soon as the end is reached.
          autoCommitThreshold: 1,
          eachBatchAutoResolve: false,
          eachBatch: async ({ batch, resolveOffset, heartbeat, commitOffsetsIfNecessary }) => {
            const end = ends.get(batch.partition);
            for (const message of batch.messages) {
              if (end === undefined || BigInt(message.offset) >= end) break;
              const target = headerText(message.headers, DeadLetterHeaders.originalTopic);
              const parkedBy = headerText(message.headers, DeadLetterHeaders.consumer);
              if (target && (!options.consumer || options.consumer === parkedBy)) {
                await producer.send({ topic: target, messages: [restoredMessage(message)], acks: -1 });
                result.replayed += 1;
              } else {
                result.skipped += 1;
              }
              resolveOffset(message.offset);
              await heartbeat();
            }
            await commitOffsetsIfNecessary();
            if (batch.messages.length > 0) {
              const last = batch.messages[batch.messages.length - 1];
              if (last) markDone(batch.partition, BigInt(last.offset) + 1n);
            }
          },
        })
        .catch(reject);
    });
  } finally {
    clearTimeout(timer);
    await consumer.disconnect();
    await producer.disconnect();
  }
  return result;
}
