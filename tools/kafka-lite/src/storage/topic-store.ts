import * as fs from 'node:fs';
import * as path from 'node:path';
import { ErrorCode } from '../protocol/error-code';
import type { BrokerLogger } from '../logger';
import { FileLogBackend, MemoryLogBackend } from './log-backend';
import { PartitionLog } from './partition-log';
import { writeFileAtomically } from './atomic-file';

export interface Topic {
  name: string;
  partitions: PartitionLog[];
}

interface TopicsFile {
  topics: { name: string; partitions: number }[];
}

const LEGAL_TOPIC_NAME = /^[a-zA-Z0-9._-]{1,249}$/;

export function isLegalTopicName(name: string): boolean {
  return LEGAL_TOPIC_NAME.test(name) && name !== '.' && name !== '..';
}

/**
 * All topics and their partition logs. With a data directory, topic metadata is kept in topics.json
 * (rewritten atomically) and each partition in logs/<topic>-<partition>.log.
 */
export class TopicStore {
  private readonly topics = new Map<string, Topic>();

  constructor(
    private readonly dataDir: string | undefined,
    private readonly logger: BrokerLogger,
  ) {
    if (!dataDir) return;
    fs.mkdirSync(this.logsDir(), { recursive: true });
    const file = this.topicsFile();
    if (!fs.existsSync(file)) return;
    const saved = JSON.parse(fs.readFileSync(file, 'utf8')) as TopicsFile;
    for (const { name, partitions } of saved.topics) this.open(name, partitions);
  }

  get(name: string): Topic | undefined {
    return this.topics.get(name);
  }

  partition(topic: string, partition: number): PartitionLog | undefined {
    return this.topics.get(topic)?.partitions[partition];
  }

  list(): Topic[] {
    return [...this.topics.values()];
  }

  create(name: string, partitions: number): ErrorCode {
    if (!isLegalTopicName(name)) return ErrorCode.InvalidTopic;
    if (this.topics.has(name)) return ErrorCode.TopicAlreadyExists;
    if (!Number.isInteger(partitions) || partitions < 1) return ErrorCode.InvalidPartitions;
    this.open(name, partitions);
    this.save();
    this.logger.info('topic created', { topic: name, partitions });
    return ErrorCode.None;
  }

  delete(name: string): ErrorCode {
    const topic = this.topics.get(name);
    if (!topic) return ErrorCode.UnknownTopicOrPartition;
    this.topics.delete(name);
    this.save();
    for (const partition of topic.partitions) partition.remove();
    this.logger.info('topic deleted', { topic: name });
    return ErrorCode.None;
  }

  flush(): void {
    for (const topic of this.topics.values()) for (const partition of topic.partitions) partition.flush();
  }

  close(): void {
    for (const topic of this.topics.values()) for (const partition of topic.partitions) partition.close();
    this.topics.clear();
  }

  private open(name: string, count: number): void {
    const partitions = Array.from({ length: count }, (_, index) => {
      if (!this.dataDir) return new PartitionLog(name, index, new MemoryLogBackend());
      const backend = new FileLogBackend(path.join(this.logsDir(), `${name}-${index}.log`));
      if (backend.truncatedBytes > 0) {
        this.logger.warn('cut a torn or corrupt log tail', {
          topic: name,
          partition: index,
          bytes: backend.truncatedBytes,
        });
      }
      return new PartitionLog(name, index, backend, backend.recovered);
    });
    this.topics.set(name, { name, partitions });
  }

  private save(): void {
    if (!this.dataDir) return;
    const content: TopicsFile = {
      topics: this.list().map((topic) => ({ name: topic.name, partitions: topic.partitions.length })),
    };
    writeFileAtomically(this.topicsFile(), JSON.stringify(content, null, 2));
  }

  private topicsFile(): string {
    return path.join(this.dataDir ?? '', 'topics.json');
  }

  private logsDir(): string {
    return path.join(this.dataDir ?? '', 'logs');
  }
}
