import {
  Agent as HttpAgent,
  request as httpRequest,
  type IncomingHttpHeaders,
  type IncomingMessage,
} from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import { Transform, type Readable, type TransformCallback } from 'node:stream';
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

const REFUSED = new Set(['ECONNREFUSED', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN']);

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

function classify(error: unknown): UpstreamFailure {
  if (error instanceof UpstreamFailure) return error;
  const code = (error as NodeJS.ErrnoException | undefined)?.code ?? '';
  if (REFUSED.has(code)) return new UpstreamFailure('unavailable', `connection failed (${code})`);
  return new UpstreamFailure('bad_gateway', `upstream connection broke (${code || 'unknown'})`);
}

/**
 * One upstream service behind a keep-alive connection pool (the `undici` package is not installed; Node's
 * Agent with keepAlive reuses connections just as well for HTTP/1.1). Framework-free.
 */
export class UpstreamClient {
  private readonly agent: HttpAgent;
  private readonly send: typeof httpRequest;

  constructor(
    readonly upstream: Upstream,
    maxSockets: number,
  ) {
    const secure = upstream.baseUrl.protocol === 'https:';
    const options = {
      keepAlive: true,
      maxSockets,
      maxFreeSockets: Math.min(maxSockets, 32),
      scheduling: 'lifo' as const,
    };
    this.agent = secure ? new HttpsAgent(options) : new HttpAgent(options);
    this.send = secure ? httpsRequest : httpRequest;
  }

  /**
   * Sends the request and resolves when the upstream's status and headers arrive. Rejects with an
   * UpstreamFailure (never hangs): refused connection, timeout before the headers, broken connection.
   */
  async forward(request: ForwardRequest, attempt = 1): Promise<IncomingMessage> {
    try {
      return await this.once(request);
    } catch (error) {
      // A kept-alive socket the upstream had just closed fails at once; a body-less read is safe to repeat.
      const failure = error as UpstreamFailure & { reusedSocket?: boolean };
      if (attempt === 1 && failure.reusedSocket && !request.body && failure.kind === 'bad_gateway') {
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
    const chunks: Buffer[] = [];
    for await (const chunk of response) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    if ((response.statusCode ?? 500) >= 300) throw new Error(`${path} answered ${response.statusCode}`);
    return JSON.parse(text) as unknown;
  }

  close(): void {
    this.agent.destroy();
  }

  private once(request: ForwardRequest): Promise<IncomingMessage> {
    return new Promise<IncomingMessage>((resolve, reject) => {
      const base = this.upstream.baseUrl;
      let settled = false;
      const outgoing = this.send({
        agent: this.agent,
        protocol: base.protocol,
        hostname: base.hostname,
        port: base.port,
        method: request.method,
        path: request.path,
        headers: request.headers,
      });
      const fail = (error: unknown): void => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        const failure = classify(error) as UpstreamFailure & { reusedSocket?: boolean };
        failure.reusedSocket = outgoing.reusedSocket;
        outgoing.destroy();
        reject(failure);
      };
      // The time limit covers connecting, sending and waiting for the response headers; once they are
      // here the body streams for as long as the client keeps reading.
      const timer = setTimeout(
        () => fail(new UpstreamFailure('timeout', `no answer within ${request.timeoutMs} ms`)),
        request.timeoutMs,
      );
      outgoing.on('response', (response) => {
        if (settled) {
          response.destroy();
          return;
        }
        settled = true;
        clearTimeout(timer);
        resolve(response);
      });
      outgoing.on('error', fail);
      request.signal?.addEventListener(
        'abort',
        () => fail(new UpstreamFailure('bad_gateway', 'client went away')),
        {
          once: true,
        },
      );
      if (!request.body) {
        outgoing.end();
        return;
      }
      const limit = new ByteLimit(request.maxBodyBytes);
      limit.on('error', fail);
      request.body.on('error', fail);
      request.body.pipe(limit).pipe(outgoing);
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
