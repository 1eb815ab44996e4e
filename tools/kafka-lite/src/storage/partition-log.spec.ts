import { ErrorCode } from '../protocol/error-code';
import { crc32c } from '../protocol/crc32c';
import { checkRecordBatch, readBaseOffset } from '../protocol/record-batch';
import { buildRecordBatch } from '../test/record-batch-builder';
import { MemoryLogBackend } from './log-backend';
import { PartitionLog } from './partition-log';

describe('PartitionLog', () => {
  const log = (): PartitionLog => new PartitionLog('topic', 0, new MemoryLogBackend());

  it('computes CRC-32C (Castagnoli) as Kafka does', () => {
    expect(crc32c(Buffer.from('123456789'))).toBe(0xe3069283);
  });

  it('assigns base offsets and keeps the stored batch CRC valid', () => {
    const partition = log();
    expect(partition.append(buildRecordBatch(['a', 'b', 'c']))).toEqual({
      error: ErrorCode.None,
      baseOffset: 0,
    });
    expect(partition.append(buildRecordBatch(['d']))).toEqual({ error: ErrorCode.None, baseOffset: 3 });
    expect(partition.nextOffset).toBe(4);
    const [stored] = partition.read(3, 1_000_000, true);
    expect(readBaseOffset(stored)).toBe(3);
    expect(checkRecordBatch(stored)).toMatchObject({ ok: true });
  });

  it('serves whole batches from the one holding the fetch offset, within maxBytes but never nothing', () => {
    const partition = log();
    partition.append(buildRecordBatch(['a', 'b']));
    partition.append(buildRecordBatch(['c', 'd']));
    const size = buildRecordBatch(['a', 'b']).length;
    expect(partition.read(1, 10 * size, true).map(readBaseOffset)).toEqual([0, 2]);
    expect(partition.read(2, 10 * size, true).map(readBaseOffset)).toEqual([2]);
    expect(partition.read(0, 1, true).map(readBaseOffset)).toEqual([0]);
    expect(partition.read(0, 1, false)).toEqual([]);
    expect(partition.read(4, 10 * size, true)).toEqual([]);
  });

  it('stores a batch retried by an idempotent producer once and answers with its first offset', () => {
    const partition = log();
    const producer = { id: 42n, epoch: 0, firstSequence: 0 };
    partition.append(buildRecordBatch(['x']));
    expect(partition.append(buildRecordBatch(['a', 'b'], producer))).toEqual({
      error: ErrorCode.None,
      baseOffset: 1,
    });
    expect(partition.append(buildRecordBatch(['a', 'b'], producer))).toEqual({
      error: ErrorCode.None,
      baseOffset: 1,
    });
    expect(partition.nextOffset).toBe(3);
    expect(partition.append(buildRecordBatch(['c'], { ...producer, firstSequence: 2 }))).toEqual({
      error: ErrorCode.None,
      baseOffset: 3,
    });
  });

  it('refuses a batch whose CRC does not match and stores nothing', () => {
    const partition = log();
    const batch = buildRecordBatch(['a']);
    batch[batch.length - 2] ^= 0xff;
    expect(partition.append(batch)).toEqual({ error: ErrorCode.CorruptMessage });
    expect(partition.nextOffset).toBe(0);
  });

  it('finds the first batch at or after a timestamp', () => {
    const partition = log();
    partition.append(buildRecordBatch(['old'], undefined, 1_000));
    partition.append(buildRecordBatch(['new'], undefined, 2_000));
    expect(partition.offsetForTimestamp(1_500)).toBe(1);
    expect(partition.offsetForTimestamp(3_000)).toBeUndefined();
  });

  it('wakes listeners on append until they unsubscribe', () => {
    const partition = log();
    const listener = jest.fn();
    const unsubscribe = partition.onAppend(listener);
    partition.append(buildRecordBatch(['a']));
    unsubscribe();
    partition.append(buildRecordBatch(['b']));
    expect(listener).toHaveBeenCalledTimes(1);
  });
});
