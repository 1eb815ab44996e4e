import { ProtocolError } from './protocol-error';

/**
 * Reads the primitive types of the (non-flexible) Kafka protocol from one request body. Every read is
 * bounds-checked, so a short or lying frame raises ProtocolError instead of reading garbage.
 */
export class Reader {
  private position = 0;

  constructor(private readonly buffer: Buffer) {}

  get remaining(): number {
    return this.buffer.length - this.position;
  }

  int8(): number {
    return this.buffer.readInt8(this.take(1));
  }

  int16(): number {
    return this.buffer.readInt16BE(this.take(2));
  }

  int32(): number {
    return this.buffer.readInt32BE(this.take(4));
  }

  int64(): bigint {
    return this.buffer.readBigInt64BE(this.take(8));
  }

  /** Offsets and timestamps: int64 on the wire, but far below 2^53 in any log this broker will hold. */
  int64AsNumber(): number {
    return Number(this.int64());
  }

  boolean(): boolean {
    return this.int8() !== 0;
  }

  nullableString(): string | null {
    const length = this.int16();
    if (length === -1) return null;
    if (length < 0) throw new ProtocolError(`invalid string length ${length}`);
    const start = this.take(length);
    return this.buffer.toString('utf8', start, start + length);
  }

  string(): string {
    const value = this.nullableString();
    if (value === null) throw new ProtocolError('unexpected null string');
    return value;
  }

  nullableBytes(): Buffer | null {
    const length = this.int32();
    if (length === -1) return null;
    if (length < 0) throw new ProtocolError(`invalid bytes length ${length}`);
    const start = this.take(length);
    return this.buffer.subarray(start, start + length);
  }

  bytes(): Buffer {
    return this.nullableBytes() ?? Buffer.alloc(0);
  }

  nullableArray<T>(readItem: (reader: Reader) => T): T[] | null {
    const length = this.int32();
    if (length === -1) return null;
    // Every item takes at least one byte: a larger count is a lie, refuse it before allocating.
    if (length < 0 || length > this.remaining) throw new ProtocolError(`invalid array length ${length}`);
    const items: T[] = [];
    for (let i = 0; i < length; i++) items.push(readItem(this));
    return items;
  }

  array<T>(readItem: (reader: Reader) => T): T[] {
    return this.nullableArray(readItem) ?? [];
  }

  private take(size: number): number {
    if (this.position + size > this.buffer.length) {
      throw new ProtocolError(`read of ${size} bytes past the end of the frame`);
    }
    const start = this.position;
    this.position += size;
    return start;
  }
}
