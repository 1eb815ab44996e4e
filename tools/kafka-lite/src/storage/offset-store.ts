import * as fs from 'node:fs';
import * as path from 'node:path';
import type { BrokerLogger } from '../logger';
import { writeFileAtomically } from './atomic-file';

export interface CommittedOffset {
  offset: number;
  metadata: string | null;
}

type OffsetLine =
  | { group: string; topic: string; partition: number; offset: number; metadata: string | null }
  | { deletedTopic: string };

/**
 * Committed consumer-group offsets. With a data directory, every commit is appended as one JSON line to
 * offsets.jsonl; on open the lines are replayed (a torn last line is dropped) and the file is compacted.
 */
export class OffsetStore {
  private readonly offsets = new Map<string, Map<string, CommittedOffset>>();
  private readonly fd: number | undefined;

  constructor(dataDir: string | undefined, logger: BrokerLogger) {
    if (!dataDir) return;
    const file = path.join(dataDir, 'offsets.jsonl');
    if (fs.existsSync(file)) {
      const lines = fs.readFileSync(file, 'utf8').split('\n');
      lines.forEach((line, index) => {
        if (line.trim() === '') return;
        try {
          this.apply(JSON.parse(line) as OffsetLine);
        } catch {
          logger.warn('skipped an unreadable committed-offset line', { line: index + 1 });
        }
      });
    }
    writeFileAtomically(
      file,
      this.snapshot()
        .map((line) => `${JSON.stringify(line)}\n`)
        .join(''),
    );
    this.fd = fs.openSync(file, 'a');
  }

  commit(group: string, topic: string, partition: number, committed: CommittedOffset): void {
    this.record({ group, topic, partition, ...committed });
  }

  get(group: string, topic: string, partition: number): CommittedOffset | undefined {
    return this.offsets.get(group)?.get(key(topic, partition));
  }

  /** Every committed partition of a group, for OffsetFetch with a null topic list. */
  forGroup(group: string): { topic: string; partition: number; committed: CommittedOffset }[] {
    return [...(this.offsets.get(group)?.entries() ?? [])].map(([entryKey, committed]) => {
      const separator = entryKey.lastIndexOf(':');
      return {
        topic: entryKey.slice(0, separator),
        partition: Number(entryKey.slice(separator + 1)),
        committed,
      };
    });
  }

  groups(): string[] {
    return [...this.offsets.keys()];
  }

  /** Kafka drops the offsets of a deleted topic, so a recreated topic starts from its reset policy. */
  deleteTopic(topic: string): void {
    this.record({ deletedTopic: topic });
  }

  flush(): void {
    if (this.fd !== undefined) fs.fsyncSync(this.fd);
  }

  close(): void {
    if (this.fd !== undefined) fs.closeSync(this.fd);
  }

  private record(line: OffsetLine): void {
    this.apply(line);
    if (this.fd !== undefined) fs.writeSync(this.fd, `${JSON.stringify(line)}\n`);
  }

  private apply(line: OffsetLine): void {
    if ('deletedTopic' in line) {
      for (const partitions of this.offsets.values()) {
        for (const entryKey of partitions.keys()) {
          if (entryKey.slice(0, entryKey.lastIndexOf(':')) === line.deletedTopic) partitions.delete(entryKey);
        }
      }
      return;
    }
    const partitions = this.offsets.get(line.group) ?? new Map<string, CommittedOffset>();
    partitions.set(key(line.topic, line.partition), { offset: line.offset, metadata: line.metadata });
    this.offsets.set(line.group, partitions);
  }

  private snapshot(): OffsetLine[] {
    return this.groups().flatMap((group) =>
      this.forGroup(group).map(({ topic, partition, committed }) => ({
        group,
        topic,
        partition,
        ...committed,
      })),
    );
  }
}

function key(topic: string, partition: number): string {
  return `${topic}:${partition}`;
}
