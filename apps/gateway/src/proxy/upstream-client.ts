import type { IncomingHttpHeaders } from 'node:http';
import { Readable, Transform, type TransformCallback } from 'node:stream';
import { Pool, type Dispatcher } from 'undici';
import type { Upstream } from './upstreams';

export type UpstreamFailureKind = 'unavailable' | 'timeout' | 'bad_gateway' | 'body_too_large';

/** Why an upstream call produced no response. */
export class UpstreamFailure extends Error {
  constructor(
    readonly kind: UpstreamFailureKind,
    message: string,
  ) {
    super(message);
    this.name = 'UpstreamFailure';
  }
}

/**
 * Set when the client goes away: the upstream call is dropped rather than left running. A plain object
 * instead of an AbortController: one per proxied request, and the controller, its signal and their event
 * listeners were a measurable share of the gateway's per-request cost.
 */
export class Cancellation {
  private onCancel: (() => void) | undefined;
  cancelled = false;

  cancel(): void {
    if (this.cancelled) return;
    this.cancelled = true;
    this.onCancel?.();
  }

  /** What to run on cancel (one at a time: the current attempt's); at once if already cancelled. */
  whenCancelled(run: (() => void) | undefined): void {
    this.onCancel = run;
    if (run && this.cancelled) run();
  }
}

export interface ForwardRequest {
  method: string;
  /** Path and query, forwarded unchanged. */
  path: string;
  headers: Record<string, string | string[]>;
  /** Streamed as it comes, or read whole already when small (`BUFFERED_BODY_BYTES`). */
  body?: Readable | Buffer;
  maxBodyBytes: number;
  timeoutMs: number;
  cancellation?: Cancellation;
}

/**
 * The upstream's status and headers, and its body: read whole when it is small and its length known (the
 * answer then leaves in one write, without a stream pipe per request), else streaming on as the client reads.
 */
export interface UpstreamResponse {
  statusCode: number;
  headers: IncomingHttpHeaders;
  body: Readable | Buffer;
}

/**
 * A body up to this size (by content-length) is read whole: an answer before it is sent on, a request before
 * it is forwarded (it then leaves with its headers in one write, without a stream pipe per request).
 */
export const BUFFERED_BODY_BYTES = 64 * 1024;

const REFUSED = new Set(['ECONNREFUSED', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN']);
const TIMED_OUT = new Set(['UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_HEADERS_TIMEOUT']);
/** Repeating these is safe (RFC 9110 §9.2.2): a stale kept-alive socket is retried once for them only. */
const IDEMPOTENT_READS = new Set(['GET', 'HEAD', 'OPTIONS']);

class ByteLimit extends Transform {
  private seen = 0;

  constructor(private readonly max: number) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    this.seen += chunk.length;
    if (this.seen > this.max) {
      done(new UpstreamFailure('body_too_large', `request body over ${this.max} bytes`));
      return;
    }
    done(null, chunk);
  }
}

function classify(error: unknown, timeoutMs: number, cancelled: boolean): UpstreamFailure {
  if (error instanceof UpstreamFailure) return error;
  // A body that broke its limit while streaming comes back as the cause of undici's own error.
  const cause = (error as { cause?: unknown } | undefined)?.cause;
  if (cause instanceof UpstreamFailure) return cause;
  if (cancelled) return new UpstreamFailure('bad_gateway', 'client went away');
  const code = (error as NodeJS.ErrnoException | undefined)?.code ?? '';
  if (REFUSED.has(code)) return new UpstreamFailure('unavailable', `connection failed (${code})`);
  if (TIMED_OUT.has(code)) return new UpstreamFailure('timeout', `no answer within ${timeoutMs} ms`);
  return new UpstreamFailure('bad_gateway', `upstream connection broke (${code || 'unknown'})`);
}

/** undici's raw header list (name, value, name, value …) as node:http names them: lower case, repeats joined. */
function headersOf(raw: Buffer[]): IncomingHttpHeaders {
  const headers: Record<string, string | string[]> = {};
  for (let i = 0; i + 1 < raw.length; i += 2) {
    const name = (raw[i] as Buffer).toString('latin1').toLowerCase();
    const value = (raw[i + 1] as Buffer).toString('latin1');
    const earlier = headers[name];
    if (earlier === undefined) headers[name] = name === 'set-cookie' ? [value] : value;
    else if (Array.isArray(earlier)) earlier.push(value);
    else headers[name] = `${earlier}, ${value}`;
  }
  return headers;
}

/**
 * One upstream call on undici's dispatch interface: the answer's status and headers resolve the promise;
 * a small body of known length is gathered into one Buffer first, any other streams on with backpressure.
 * Cheaper per request than `pool.request()`, which builds a response stream, an async resource and an
 * abort-signal listener for every call.
 */
class ForwardHandler implements Dispatcher.DispatchHandler {
  private abort: ((error?: Error) => void) | undefined;
  private settled = false;
  private chunks: Buffer[] | undefined;
  private stream: Readable | undefined;
  private statusCode = 0;
  private headers: IncomingHttpHeaders = {};

  constructor(
    private readonly request: ForwardRequest,
    private readonly body: Readable | Buffer | undefined,
    private readonly resolve: (response: UpstreamResponse) => void,
    private readonly reject: (failure: UpstreamFailure) => void,
  ) {}

  onConnect(abort: (error?: Error) => void): void {
    this.abort = abort;
    this.request.cancellation?.whenCancelled(() =>
      abort(new UpstreamFailure('bad_gateway', 'client went away')),
    );
  }

  onHeaders(statusCode: number, raw: Buffer[], resume: () => void): boolean {
    // 1xx interim answers are the upstream's business with this hop only.
    if (statusCode < 200) return true;
    this.statusCode = statusCode;
    this.headers = headersOf(raw);
    const length = Number(this.headers['content-length']);
    if (this.request.method !== 'HEAD' && length <= BUFFERED_BODY_BYTES) {
      this.chunks = [];
      return true;
    }
    const abort = this.abort;
    this.stream = new Readable({
      read: () => resume(),
      destroy: (error, done) => {
        // The client stopped reading (or went away): the upstream call ends too.
        if (!this.stream?.readableEnded)
          abort?.(error ?? new UpstreamFailure('bad_gateway', 'client went away'));
        done(error);
      },
    });
    this.settle();
    this.resolve({ statusCode, headers: this.headers, body: this.stream });
    return true;
  }

  onData(chunk: Buffer): boolean {
    if (this.chunks) {
      this.chunks.push(chunk);
      return true;
    }
    return this.stream?.push(chunk) ?? true;
  }

  onComplete(): void {
    if (this.chunks) {
      const body = this.chunks.length === 1 ? (this.chunks[0] as Buffer) : Buffer.concat(this.chunks);
      this.settle();
      this.resolve({ statusCode: this.statusCode, headers: this.headers, body });
      return;
    }
    this.stream?.push(null);
  }

  onError(error: Error): void {
    if (this.body instanceof Readable && !this.body.destroyed) {
      // The failure is reported once, below; the body stream's own error event has nobody to tell.
      this.body.on('error', () => undefined);
      this.body.destroy(error);
    }
    if (!this.settled) {
      this.settle();
      this.reject(classify(error, this.request.timeoutMs, this.request.cancellation?.cancelled ?? false));
      return;
    }
    this.stream?.destroy(error);
  }

  private settle(): void {
    this.settled = true;
    this.request.cancellation?.whenCancelled(this.stream ? () => this.stream?.destroy() : undefined);
  }
}

/**
 * One upstream service behind an undici keep-alive connection pool: HTTP/1.1 over reused sockets with
 * undici's parser, far cheaper per request than node:http's client (the gateway's main cost after the
 * sockets themselves, by the benchmark's profile). Framework-free.
 */
export class UpstreamClient {
  private readonly pool: Pool;

  constructor(
    readonly upstream: Upstream,
    maxSockets: number,
  ) {
    this.pool = new Pool(upstream.baseUrl.origin, {
      connections: maxSockets,
      pipelining: 1,
      connectTimeout: upstream.timeoutMs,
      // The response body streams for as long as the client keeps reading: no limit once headers are in.
      bodyTimeout: 0,
    });
  }

  /**
   * Sends the request and resolves when the upstream's status and headers arrive. Rejects with an
   * UpstreamFailure (never hangs): refused connection, no connection or no headers within the route's time
   * limit, broken connection.
   */
  async forward(request: ForwardRequest, attempt = 1): Promise<UpstreamResponse> {
    try {
      return await this.once(request);
    } catch (error) {
      // A kept-alive socket the upstream had just closed fails at once; a body-less read is safe to repeat.
      const failure = error as UpstreamFailure;
      if (
        attempt === 1 &&
        !request.body &&
        failure.kind === 'bad_gateway' &&
        IDEMPOTENT_READS.has(request.method) &&
        !request.cancellation?.cancelled
      ) {
        return this.forward(request, 2);
      }
      throw error;
    }
  }

  /** GET of a small JSON document (OpenAPI, health); rejects on non-2xx. */
  async getJson(path: string, timeoutMs: number): Promise<unknown> {
    const response = await this.forward({
      method: 'GET',
      path,
      headers: { accept: 'application/json' },
      maxBodyBytes: 0,
      timeoutMs,
    });
    let text: string;
    if (Buffer.isBuffer(response.body)) {
      text = response.body.toString('utf8');
    } else {
      const chunks: Buffer[] = [];
      for await (const chunk of response.body) chunks.push(chunk as Buffer);
      text = Buffer.concat(chunks).toString('utf8');
    }
    if (response.statusCode >= 300) throw new Error(`${path} answered ${response.statusCode}`);
    return JSON.parse(text) as unknown;
  }

  close(): void {
    void this.pool.destroy();
  }

  private once(request: ForwardRequest): Promise<UpstreamResponse> {
    let body: Readable | Buffer | undefined;
    if (Buffer.isBuffer(request.body)) {
      if (request.body.length > request.maxBodyBytes) {
        return Promise.reject(
          new UpstreamFailure('body_too_large', `request body over ${request.maxBodyBytes} bytes`),
        );
      }
      body = request.body;
    } else if (request.body) {
      const limit = new ByteLimit(request.maxBodyBytes);
      request.body.on('error', (error) => limit.destroy(error));
      body = request.body.pipe(limit);
    }
    return new Promise((resolve, reject) => {
      const handler = new ForwardHandler(request, body, resolve, reject);
      if (request.cancellation?.cancelled) {
        handler.onError(new UpstreamFailure('bad_gateway', 'client went away'));
        return;
      }
      this.pool.dispatch(
        {
          method: request.method as Dispatcher.HttpMethod,
          path: request.path,
          headers: request.headers,
          body: body ?? null,
          // Connecting and waiting for the headers are each bounded by the route's time limit.
          headersTimeout: request.timeoutMs,
        },
        handler,
      );
    });
  }
}

const HOP_BY_HOP = new Set([
  'connection',
  'keep-alive',
  'proxy-authenticate',
  'proxy-authorization',
  'proxy-connection',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
  'host',
  // Not hop-by-hop, but nothing a client needs to learn about the stack behind the gateway.
  'server',
  'x-powered-by',
]);

/** Headers that may cross the gateway in either direction (hop-by-hop ones stay on their hop). */
export function endToEndHeaders(headers: IncomingHttpHeaders): Record<string, string | string[]> {
  const connection = headers.connection;
  // Connection names further hop-by-hop headers (RFC 9110 §7.6.1); usually it names none.
  const named = connection
    ? new Set(
        String(connection)
          .split(',')
          .map((name) => name.trim().toLowerCase()),
      )
    : undefined;
  const result: Record<string, string | string[]> = {};
  for (const name in headers) {
    const value = headers[name];
    if (value === undefined || HOP_BY_HOP.has(name) || named?.has(name)) continue;
    result[name] = value;
  }
  return result;
}
