import { crc32c } from './crc32c';

// Byte positions in a RecordBatch (message format v2), see the Kafka protocol guide.
const BASE_OFFSET = 0;
const BATCH_LENGTH = 8;
const MAGIC = 16;
const CRC = 17;
const ATTRIBUTES = 21;
const LAST_OFFSET_DELTA = 23;
const MAX_TIMESTAMP = 35;
const PRODUCER_ID = 43;
const PRODUCER_EPOCH = 51;
const BASE_SEQUENCE = 53;
const RECORD_COUNT = 57;
/** Size of the batch header up to the records; also the smallest valid batch. */
export const RECORD_BATCH_HEADER_SIZE = 61;
/** baseOffset and batchLength come before the length they announce. */
const LENGTH_PREFIX = 12;

export interface RecordBatchHeader {
  /** Size of the whole batch in bytes, including baseOffset and batchLength. */
  size: number;
  lastOffsetDelta: number;
  maxTimestamp: number;
  producerId: bigint;
  producerEpoch: number;
  baseSequence: number;
  recordCount: number;
}

export type BatchCheck =
  { ok: true; header: RecordBatchHeader } | { ok: false; reason: 'incomplete' | 'corrupt' };

/**
 * Checks the batch that starts at `start`: magic 2, a length that fits, and the CRC-32C, which covers
 * everything from the attributes on (so the broker may rewrite baseOffset without touching it).
 */
export function checkRecordBatch(data: Buffer, start = 0): BatchCheck {
  if (data.length - start < LENGTH_PREFIX) return { ok: false, reason: 'incomplete' };
  const size = data.readInt32BE(start + BATCH_LENGTH) + LENGTH_PREFIX;
  if (size < RECORD_BATCH_HEADER_SIZE) return { ok: false, reason: 'corrupt' };
  if (data.length - start < size) return { ok: false, reason: 'incomplete' };
  if (data.readInt8(start + MAGIC) !== 2) return { ok: false, reason: 'corrupt' };
  if (data.readUInt32BE(start + CRC) !== crc32c(data, start + ATTRIBUTES, start + size)) {
    return { ok: false, reason: 'corrupt' };
  }
  return {
    ok: true,
    header: {
      size,
      lastOffsetDelta: data.readInt32BE(start + LAST_OFFSET_DELTA),
      maxTimestamp: Number(data.readBigInt64BE(start + MAX_TIMESTAMP)),
      producerId: data.readBigInt64BE(start + PRODUCER_ID),
      producerEpoch: data.readInt16BE(start + PRODUCER_EPOCH),
      baseSequence: data.readInt32BE(start + BASE_SEQUENCE),
      recordCount: data.readInt32BE(start + RECORD_COUNT),
    },
  };
}

export function readBaseOffset(batch: Buffer): number {
  return Number(batch.readBigInt64BE(BASE_OFFSET));
}

export function writeBaseOffset(batch: Buffer, baseOffset: number): void {
  batch.writeBigInt64BE(BigInt(baseOffset), BASE_OFFSET);
}
