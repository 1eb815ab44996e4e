/** Builds a response body from the primitive types of the (non-flexible) Kafka protocol. */
export class Writer {
  private readonly chunks: Buffer[] = [];
  private length = 0;

  int8(value: number): this {
    const chunk = Buffer.alloc(1);
    chunk.writeInt8(value);
    return this.push(chunk);
  }

  int16(value: number): this {
    const chunk = Buffer.alloc(2);
    chunk.writeInt16BE(value);
    return this.push(chunk);
  }

  int32(value: number): this {
    const chunk = Buffer.alloc(4);
    chunk.writeInt32BE(value);
    return this.push(chunk);
  }

  int64(value: bigint | number): this {
    const chunk = Buffer.alloc(8);
    chunk.writeBigInt64BE(BigInt(value));
    return this.push(chunk);
  }

  boolean(value: boolean): this {
    return this.int8(value ? 1 : 0);
  }

  string(value: string | null): this {
    if (value === null) return this.int16(-1);
    const encoded = Buffer.from(value, 'utf8');
    return this.int16(encoded.length).push(encoded);
  }

  bytes(value: Buffer | null): this {
    if (value === null) return this.int32(-1);
    return this.int32(value.length).push(value);
  }

  /** A byte field made of several buffers (record batches), without copying them together first. */
  bytesFrom(parts: readonly Buffer[]): this {
    this.int32(parts.reduce((sum, part) => sum + part.length, 0));
    for (const part of parts) this.push(part);
    return this;
  }

  array<T>(items: readonly T[] | null, writeItem: (writer: this, item: T) => void): this {
    if (items === null) return this.int32(-1);
    this.int32(items.length);
    for (const item of items) writeItem(this, item);
    return this;
  }

  int32Array(items: readonly number[]): this {
    return this.array(items, (writer, item) => writer.int32(item));
  }

  get size(): number {
    return this.length;
  }

  toChunks(): readonly Buffer[] {
    return this.chunks;
  }

  private push(chunk: Buffer): this {
    this.chunks.push(chunk);
    this.length += chunk.length;
    return this;
  }
}
