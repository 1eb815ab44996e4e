import { ErrorCode } from '../protocol/error-code';
import { checkRecordBatch, writeBaseOffset, type RecordBatchHeader } from '../protocol/record-batch';
import type { LogBackend, RecoveredBatch } from './log-backend';

interface IndexEntry {
  baseOffset: number;
  lastOffset: number;
  maxTimestamp: number;
  position: number;
  size: number;
}

/** The last batches of one idempotent producer, as Kafka keeps them to recognise a retried batch. */
interface ProducerBatch {
  epoch: number;
  firstSequence: number;
  baseOffset: number;
}

const PRODUCER_BATCHES_KEPT = 5;

export type AppendResult =
  { error: ErrorCode.None; baseOffset: number } | { error: ErrorCode.CorruptMessage };

/**
 * One partition: an offset index over the stored batches, the idempotent-producer state, and the
 * listeners (waiting fetches) to wake when data arrives.
 */
export class PartitionLog {
  readonly logStartOffset = 0;
  private nextOffsetValue = 0;
  private readonly index: IndexEntry[] = [];
  private readonly producers = new Map<bigint, ProducerBatch[]>();
  private readonly listeners = new Set<() => void>();

  constructor(
    readonly topic: string,
    readonly partition: number,
    private readonly backend: LogBackend,
    recovered: readonly RecoveredBatch[] = [],
  ) {
    for (const batch of recovered) this.remember(batch.header, batch.baseOffset, batch.position);
  }

  /** The high watermark: the offset the next record will get. */
  get nextOffset(): number {
    return this.nextOffsetValue;
  }

  /**
   * Appends the record batches of one produce request (all or none), giving them the next offsets.
   * A batch an idempotent producer retries (same producer id, epoch and first sequence as one of its
   * last five) is not stored twice; its original base offset is returned.
   */
  append(records: Buffer): AppendResult {
    const headers: RecordBatchHeader[] = [];
    for (let position = 0; position < records.length;) {
      const check = checkRecordBatch(records, position);
      if (!check.ok) return { error: ErrorCode.CorruptMessage };
      headers.push(check.header);
      position += check.header.size;
    }
    if (headers.length === 0) return { error: ErrorCode.CorruptMessage };

    let firstBaseOffset = -1;
    let position = 0;
    for (const header of headers) {
      const duplicateOf = this.duplicateOf(header);
      let baseOffset: number;
      if (duplicateOf === undefined) {
        // Copy: the request buffer is reused by the connection, the stored batch lives on.
        const batch = Buffer.from(records.subarray(position, position + header.size));
        baseOffset = this.nextOffsetValue;
        writeBaseOffset(batch, baseOffset);
        this.remember(header, baseOffset, this.backend.append(batch));
      } else {
        baseOffset = duplicateOf;
      }
      if (firstBaseOffset === -1) firstBaseOffset = baseOffset;
      position += header.size;
    }
    for (const listener of [...this.listeners]) listener();
    return { error: ErrorCode.None, baseOffset: firstBaseOffset };
  }

  /**
   * Whole batches from the one holding `fetchOffset`, up to `maxBytes`. With `allowOversized` the first
   * batch is returned even if larger than `maxBytes`, as Kafka does (KIP-74) so a consumer never stalls.
   */
  read(fetchOffset: number, maxBytes: number, allowOversized: boolean): Buffer[] {
    const batches: Buffer[] = [];
    let total = 0;
    for (let i = this.firstEntryEndingAtOrAfter(fetchOffset); i < this.index.length; i++) {
      const entry = this.index[i];
      if (total + entry.size > maxBytes && !(allowOversized && batches.length === 0)) break;
      batches.push(this.backend.read(entry.position, entry.size));
      total += entry.size;
    }
    return batches;
  }

  /** The first offset of the first batch holding a record at or after `timestamp` (batch granularity). */
  offsetForTimestamp(timestamp: number): number | undefined {
    return this.index.find((entry) => entry.maxTimestamp >= timestamp)?.baseOffset;
  }

  onAppend(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  flush(): void {
    this.backend.flush();
  }

  close(): void {
    this.listeners.clear();
    this.backend.close();
  }

  remove(): void {
    this.listeners.clear();
    this.backend.remove();
  }

  private remember(header: RecordBatchHeader, baseOffset: number, position: number): void {
    const lastOffset = baseOffset + header.lastOffsetDelta;
    this.index.push({
      baseOffset,
      lastOffset,
      maxTimestamp: header.maxTimestamp,
      position,
      size: header.size,
    });
    this.nextOffsetValue = lastOffset + 1;
    if (header.producerId < 0n || header.baseSequence < 0) return;
    const recent = this.producers.get(header.producerId) ?? [];
    recent.push({ epoch: header.producerEpoch, firstSequence: header.baseSequence, baseOffset });
    if (recent.length > PRODUCER_BATCHES_KEPT) recent.shift();
    this.producers.set(header.producerId, recent);
  }

  private duplicateOf(header: RecordBatchHeader): number | undefined {
    if (header.producerId < 0n || header.baseSequence < 0) return undefined;
    return this.producers
      .get(header.producerId)
      ?.find((batch) => batch.epoch === header.producerEpoch && batch.firstSequence === header.baseSequence)
      ?.baseOffset;
  }

  private firstEntryEndingAtOrAfter(offset: number): number {
    let low = 0;
    let high = this.index.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.index[middle].lastOffset < offset) low = middle + 1;
      else high = middle;
    }
    return low;
  }
}
