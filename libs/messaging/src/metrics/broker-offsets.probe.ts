import { deadLetterTopicOf } from '@kzps/contracts';
import type { Admin, Kafka } from 'kafkajs';
import { KeptAdmin } from '../kafka/kept-admin';

/** How far a consumer group is behind on one partition: the high watermark minus its committed offset. */
export interface PartitionLag {
  topic: string;
  partition: number;
  messages: number;
}

/** Messages held by one dead-letter topic (high minus low watermark, summed over its partitions). */
export interface DeadLetterCount {
  topic: string;
  messages: number;
}

export interface BrokerOffsets {
  group: string;
  lag: PartitionLag[];
  deadLetters: DeadLetterCount[];
}

export interface BrokerOffsetsProbeOptions {
  groupId: string;
  /** The topics the group consumes; read at each measurement, as handlers are registered after start-up. */
  topics: () => readonly string[];
  /** A measurement that takes longer fails (the gauges keep their last values). */
  timeoutMs?: number;
}

interface TopicOffsets {
  partition: number;
  high: bigint;
  low: bigint;
}

/**
 * Reads the group's lag and the dead-letter topics' sizes from the broker, not from the consumer: a consumer
 * that is stuck, crashed or still joining reports nothing, and that is exactly when the lag matters. Per
 * measurement one OffsetFetch for the group and two ListOffsets per topic (its own and its `.dlq` twin),
 * over one admin connection kept between measurements (`KeptAdmin`).
 */
export class BrokerOffsetsProbe {
  private readonly admin: KeptAdmin;
  private readonly timeoutMs: number;

  constructor(
    kafka: Kafka,
    private readonly options: BrokerOffsetsProbeOptions,
  ) {
    this.admin = new KeptAdmin(kafka);
    this.timeoutMs = options.timeoutMs ?? 3_000;
  }

  async read(): Promise<BrokerOffsets> {
    const topics = [...this.options.topics()];
    if (topics.length === 0) return { group: this.options.groupId, lag: [], deadLetters: [] };
    return this.admin.run(
      (admin) => this.measure(admin, topics),
      this.timeoutMs,
      "the broker's offsets did not come",
    );
  }

  close(): Promise<void> {
    return this.admin.close();
  }

  private async measure(admin: Admin, topics: string[]): Promise<BrokerOffsets> {
    const existing = new Set(await admin.listTopics());
    const consumed = topics.filter((topic) => existing.has(topic));
    const committed = await admin.fetchOffsets({ groupId: this.options.groupId, topics: consumed });
    const lag: PartitionLag[] = [];
    for (const { topic, partitions } of committed) {
      const offsets = await this.offsetsOf(admin, topic);
      for (const { partition, offset } of partitions) {
        const watermarks = offsets.get(partition);
        if (!watermarks) continue;
        // No commit yet (-1): the group starts from the oldest retained message, so all of them are ahead.
        const position = BigInt(offset) < 0n ? watermarks.low : BigInt(offset);
        const behind = watermarks.high - position;
        lag.push({ topic, partition, messages: Number(behind > 0n ? behind : 0n) });
      }
    }
    const deadLetters: DeadLetterCount[] = [];
    for (const topic of topics.map(deadLetterTopicOf).filter((dlq) => existing.has(dlq))) {
      let messages = 0n;
      for (const { high, low } of (await this.offsetsOf(admin, topic)).values()) messages += high - low;
      deadLetters.push({ topic, messages: Number(messages) });
    }
    return { group: this.options.groupId, lag, deadLetters };
  }

  private async offsetsOf(admin: Admin, topic: string): Promise<Map<number, TopicOffsets>> {
    const partitions = await admin.fetchTopicOffsets(topic);
    return new Map(
      partitions.map(({ partition, high, low }) => [
        partition,
        { partition, high: BigInt(high), low: BigInt(low) },
      ]),
    );
  }
}
