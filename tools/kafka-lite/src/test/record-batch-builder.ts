import { crc32c } from '../protocol/crc32c';

function varint(value: number): Buffer {
  let zigzag = (value << 1) ^ (value >> 31);
  const bytes: number[] = [];
  do {
    let byte = zigzag & 0x7f;
    zigzag >>>= 7;
    if (zigzag !== 0) byte |= 0x80;
    bytes.push(byte);
  } while (zigzag !== 0);
  return Buffer.from(bytes);
}

function record(offsetDelta: number, value: string): Buffer {
  const valueBytes = Buffer.from(value);
  const body = Buffer.concat([
    Buffer.from([0]), // attributes
    varint(0), // timestamp delta
    varint(offsetDelta),
    varint(-1), // null key
    varint(valueBytes.length),
    valueBytes,
    varint(0), // no headers
  ]);
  return Buffer.concat([varint(body.length), body]);
}

/** A RecordBatch v2 as a producer sends it (baseOffset 0), with a valid CRC-32C. */
export function buildRecordBatch(
  values: string[],
  producer: { id: bigint; epoch: number; firstSequence: number } = { id: -1n, epoch: -1, firstSequence: -1 },
  timestamp = Date.now(),
): Buffer {
  const records = Buffer.concat(values.map((value, index) => record(index, value)));
  const header = Buffer.alloc(61);
  header.writeBigInt64BE(0n, 0);
  header.writeInt32BE(61 - 12 + records.length, 8);
  header.writeInt32BE(0, 12); // partition leader epoch
  header.writeInt8(2, 16); // magic
  header.writeInt16BE(0, 21); // attributes: no compression, not transactional
  header.writeInt32BE(values.length - 1, 23);
  header.writeBigInt64BE(BigInt(timestamp), 27);
  header.writeBigInt64BE(BigInt(timestamp), 35);
  header.writeBigInt64BE(producer.id, 43);
  header.writeInt16BE(producer.epoch, 51);
  header.writeInt32BE(producer.firstSequence, 53);
  header.writeInt32BE(values.length, 57);
  const batch = Buffer.concat([header, records]);
  batch.writeUInt32BE(crc32c(batch, 21), 17);
  return batch;
}
