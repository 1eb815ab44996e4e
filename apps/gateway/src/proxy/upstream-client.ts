import type { IncomingHttpHeaders } from 'node:http';
import { Transform, type Readable, type TransformCallback } from 'node:stream';
import { Pool } from 'undici';
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

export interface ForwardRequest {
  method: string;
  /** Path and query, forwarded unchanged. */
  path: string;
  headers: Record<string, string | string[]>;
  body?: Readable;
  maxBodyBytes: number;
  timeoutMs: number;
  /** Aborted when the client goes away: the upstream call is dropped rather than left running. */
  signal?: AbortSignal;
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

/** A body up to this size (by content-length) is read whole before the answer starts. */
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

function classify(error: unknown, timeoutMs: number, signal: AbortSignal | undefined): UpstreamFailure {
  if (error instanceof UpstreamFailure) return error;
  // A body that broke its limit while streaming comes back as the cause of undici's own error.
  const cause = (error as { cause?: unknown } | undefined)?.cause;
  if (cause instanceof UpstreamFailure) return cause;
  if (signal?.aborted) return new UpstreamFailure('bad_gateway', 'client went away');
  const code = (error as NodeJS.ErrnoException | undefined)?.code ?? '';
  if (REFUSED.has(code)) return new UpstreamFailure('unavailable', `connection failed (${code})`);
  if (TIMED_OUT.has(code)) return new UpstreamFailure('timeout', `no answer within ${timeoutMs} ms`);
  return new UpstreamFailure('bad_gateway', `upstream connection broke (${code || 'unknown'})`);
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
        !request.signal?.aborted
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

  private async once(request: ForwardRequest): Promise<UpstreamResponse> {
    let body: Readable | undefined;
    if (request.body) {
      const limit = new ByteLimit(request.maxBodyBytes);
      request.body.on('error', (error) => limit.destroy(error));
      body = request.body.pipe(limit);
    }
    try {
      const response = await this.pool.request({
        method: request.method as 'GET',
        path: request.path,
        headers: request.headers,
        body: body ?? null,
        signal: request.signal,
        // Connecting and waiting for the headers are each bounded by the route's time limit.
        headersTimeout: request.timeoutMs,
      });
      const length = Number(response.headers['content-length']);
      if (request.method !== 'HEAD' && length <= BUFFERED_BODY_BYTES) {
        const whole = Buffer.from(await response.body.arrayBuffer());
        return { statusCode: response.statusCode, headers: response.headers, body: whole };
      }
      return { statusCode: response.statusCode, headers: response.headers, body: response.body };
    } catch (error) {
      throw classify(error, request.timeoutMs, request.signal);
    }
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
  const named = new Set(
    String(headers.connection ?? '')
      .split(',')
      .map((name) => name.trim().toLowerCase()),
  );
  const result: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined || HOP_BY_HOP.has(name) || named.has(name)) continue;
    result[name] = value;
  }
  return result;
}
