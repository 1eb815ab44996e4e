import type { Socket } from 'node:net';
import { ApiKey } from '../protocol/api-key';
import { ErrorCode } from '../protocol/error-code';
import { ProtocolError } from '../protocol/protocol-error';
import { Reader } from '../protocol/reader';
import { Writer } from '../protocol/writer';
import type { BrokerContext } from '../requests/api-handler';
import { findHandler } from '../requests/api-registry';
import { writeApiVersions } from '../requests/api-versions.request';

/** Kafka's default socket.request.max.bytes: a larger size prefix is garbage, not a request. */
const MAX_FRAME_BYTES = 100 * 1024 * 1024;
/** api key, api version, correlation id and the client id's length. */
const MIN_HEADER_BYTES = 10;
const SIZE_PREFIX_BYTES = 4;

interface ResponseSlot {
  done: boolean;
  frame?: Buffer;
}

/**
 * One client connection: splits the byte stream into size-prefixed frames, reads the request header
 * (v1; a flexible v2 header only adds tagged fields after what is read here), dispatches to the API
 * handler and writes responses in request order, as Kafka guarantees per connection, even when a
 * long-polling Fetch or a JoinGroup finishes after later requests.
 */
export class Connection {
  private pending: Buffer = Buffer.alloc(0);
  private readonly responses: ResponseSlot[] = [];
  private readonly closing = new AbortController();

  constructor(
    private readonly socket: Socket,
    private readonly broker: BrokerContext,
  ) {
    socket.setNoDelay(true);
    socket.on('data', (chunk: Buffer) => this.receive(chunk));
    socket.on('error', (error) => broker.logger.debug('connection error', { error: error.message }));
    socket.on('close', () => this.closing.abort());
  }

  close(): void {
    this.closing.abort();
    this.socket.destroy();
  }

  private receive(chunk: Buffer): void {
    this.pending = this.pending.length === 0 ? chunk : Buffer.concat([this.pending, chunk]);
    while (this.pending.length >= SIZE_PREFIX_BYTES && !this.socket.destroyed) {
      const size = this.pending.readInt32BE(0);
      if (size < MIN_HEADER_BYTES || size > MAX_FRAME_BYTES) {
        this.reject(`invalid frame size ${size}`);
        return;
      }
      if (this.pending.length < SIZE_PREFIX_BYTES + size) return;
      const frame = this.pending.subarray(SIZE_PREFIX_BYTES, SIZE_PREFIX_BYTES + size);
      this.pending = this.pending.subarray(SIZE_PREFIX_BYTES + size);
      this.dispatch(frame);
    }
  }

  private dispatch(frame: Buffer): void {
    const reader = new Reader(frame);
    let header: { apiKey: number; apiVersion: number; correlationId: number; clientId: string };
    try {
      header = {
        apiKey: reader.int16(),
        apiVersion: reader.int16(),
        correlationId: reader.int32(),
        clientId: reader.nullableString() ?? '',
      };
    } catch (error) {
      this.reject(error instanceof Error ? error.message : 'unreadable request header');
      return;
    }
    const slot: ResponseSlot = { done: false };
    this.responses.push(slot);
    const handler = findHandler(header.apiKey);
    if (!handler || header.apiVersion < handler.minVersion || header.apiVersion > handler.maxVersion) {
      this.broker.logger.debug('unsupported request', {
        apiKey: header.apiKey,
        apiVersion: header.apiVersion,
      });
      // Kafka answers an unknown ApiVersions version in the v0 shape, so the client can read the
      // supported ranges and retry; for other APIs only the error code is meaningful.
      const body =
        header.apiKey === ApiKey.ApiVersions
          ? writeApiVersions(this.broker.supportedApis, 0, ErrorCode.UnsupportedVersion)
          : new Writer().int16(ErrorCode.UnsupportedVersion);
      this.complete(slot, header.correlationId, body);
      return;
    }
    void this.run(slot, header, reader, handler);
  }

  private async run(
    slot: ResponseSlot,
    header: { apiKey: number; apiVersion: number; correlationId: number; clientId: string },
    body: Reader,
    handler: NonNullable<ReturnType<typeof findHandler>>,
  ): Promise<void> {
    try {
      const response = await handler.handle(body, header.apiVersion, {
        broker: this.broker,
        clientId: header.clientId,
        clientHost: this.socket.remoteAddress ?? '',
        closed: this.closing.signal,
      });
      this.complete(slot, header.correlationId, response);
    } catch (error) {
      if (error instanceof ProtocolError) {
        this.reject(`malformed request (api ${header.apiKey} v${header.apiVersion}): ${error.message}`);
      } else {
        this.broker.logger.error('request failed', {
          apiKey: header.apiKey,
          apiVersion: header.apiVersion,
          error: error instanceof Error ? error.stack : String(error),
        });
        this.close();
      }
    }
  }

  private complete(slot: ResponseSlot, correlationId: number, body: Writer | null): void {
    slot.done = true;
    if (body) {
      const prefix = Buffer.alloc(8);
      prefix.writeInt32BE(body.size + 4, 0);
      prefix.writeInt32BE(correlationId, 4);
      slot.frame = Buffer.concat([prefix, ...body.toChunks()]);
    }
    while (this.responses[0]?.done) {
      const frame = this.responses.shift()?.frame;
      if (frame && !this.socket.destroyed) this.socket.write(frame);
    }
  }

  private reject(reason: string): void {
    this.broker.logger.warn('closing connection', { reason, remote: this.socket.remoteAddress });
    this.close();
  }
}
