import * as fs from 'node:fs';
import { checkRecordBatch, readBaseOffset, type RecordBatchHeader } from '../protocol/record-batch';

/** Where a partition's record batches live: only appends, positional reads, and removal. */
export interface LogBackend {
  /** Appends one batch and returns its position, to be passed back to read(). */
  append(batch: Buffer): number;
  read(position: number, size: number): Buffer;
  /** Makes appended data durable (file mode) before a stop. */
  flush(): void;
  close(): void;
  remove(): void;
}

export interface RecoveredBatch {
  position: number;
  baseOffset: number;
  header: RecordBatchHeader;
}

/** Keeps the batches in memory: the default, for tests. */
export class MemoryLogBackend implements LogBackend {
  private readonly batches: Buffer[] = [];

  append(batch: Buffer): number {
    this.batches.push(batch);
    return this.batches.length - 1;
  }

  read(position: number): Buffer {
    return this.batches[position];
  }

  flush(): void {
    // Nothing to make durable.
  }

  close(): void {
    this.batches.length = 0;
  }

  remove(): void {
    this.close();
  }
}

/**
 * One append-only file per partition holding the record batches exactly as served (baseOffset already
 * assigned). Opening it scans the file, checks every batch's CRC, and cuts a torn or corrupt tail.
 */
export class FileLogBackend implements LogBackend {
  private readonly fd: number;
  private size: number;
  readonly recovered: RecoveredBatch[] = [];
  /** Bytes of a torn or corrupt tail cut when the file was opened. */
  readonly truncatedBytes: number;

  constructor(private readonly file: string) {
    this.fd = fs.openSync(file, fs.existsSync(file) ? 'r+' : 'w+');
    const data = fs.readFileSync(this.fd);
    let position = 0;
    for (;;) {
      const check = checkRecordBatch(data, position);
      if (!check.ok) break;
      this.recovered.push({
        position,
        baseOffset: readBaseOffset(data.subarray(position)),
        header: check.header,
      });
      position += check.header.size;
    }
    this.truncatedBytes = data.length - position;
    if (this.truncatedBytes > 0) fs.ftruncateSync(this.fd, position);
    this.size = position;
  }

  append(batch: Buffer): number {
    const position = this.size;
    fs.writeSync(this.fd, batch, 0, batch.length, position);
    this.size += batch.length;
    return position;
  }

  read(position: number, size: number): Buffer {
    const buffer = Buffer.alloc(size);
    fs.readSync(this.fd, buffer, 0, size, position);
    return buffer;
  }

  flush(): void {
    fs.fsyncSync(this.fd);
  }

  close(): void {
    fs.closeSync(this.fd);
  }

  remove(): void {
    this.close();
    fs.rmSync(this.file, { force: true });
  }
}
