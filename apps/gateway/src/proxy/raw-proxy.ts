import type { IncomingMessage } from 'node:http';
import type { TLSSocket } from 'node:tls';
import { pipeline } from 'node:stream';
import type { RawExchange, RawRoutes } from '@kzps/platform';
import { hasBody } from '../edge/edge-guard';
import type { EdgeHeaders } from '../edge/edge-headers';
import { forward, type ForwardedFrom, type ProxyDependencies } from './proxy.routes';
import { Cancellation, endToEndHeaders, type UpstreamClient, type UpstreamResponse } from './upstream-client';

/** The methods Fastify's proxy routes are asked for most; any other goes to them. */
const SERVED = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);
const QUERY = '?'.charCodeAt(0);
const SLASH = '/'.charCodeAt(0);

/**
 * `/api/v1/<service>/**` served from Node's `request` event, ahead of Fastify: the same protections in the
 * same order as the Fastify hooks and routes (edge headers and CORS, the guard, the forwarding rule), minus
 * Fastify's request and reply objects, router and hook chain, which were most of the gateway's own cost per
 * request in the benchmark's profile. Only a plain path (`/api/v1/<service>`, then `/`, `?` or nothing) is
 * taken here; anything the router would have to decode or normalise is left to it.
 */
export class RawProxy implements RawRoutes {
  /** Each service's prefix with the two route templates Fastify registers for it. */
  private readonly prefixes: Array<{ prefix: string; exact: string; below: string }>;
  private readonly byRoute = new Map<string, UpstreamClient>();

  constructor(
    private readonly deps: ProxyDependencies,
    private readonly edge: EdgeHeaders,
  ) {
    this.prefixes = deps.clients.map((client) => {
      const { prefix } = client.upstream;
      this.byRoute.set(prefix, client).set(`${prefix}/*`, client);
      return { prefix, exact: prefix, below: `${prefix}/*` };
    });
  }

  /** The Fastify route template this request would match, for a plain path only. */
  routeOf(request: IncomingMessage): string | undefined {
    const url = request.url;
    if (!url?.startsWith('/api/v1/') || !SERVED.has(request.method ?? '')) return undefined;
    for (const { prefix, exact, below } of this.prefixes) {
      if (!url.startsWith(prefix)) continue;
      if (url.length === prefix.length) return exact;
      const next = url.charCodeAt(prefix.length);
      if (next === QUERY) return exact;
      if (next === SLASH) return below;
    }
    return undefined;
  }

  serve(exchange: RawExchange): void {
    const { request, response } = exchange;
    const client = this.byRoute.get(exchange.route);
    if (!client) {
      // Unreachable (the platform serves here only what routeOf named); a 500 problem, not a crash.
      exchange.fail(new Error(`no upstream for ${exchange.route}`));
      return;
    }
    const method = request.method ?? '';
    const { headers, preflight } = this.edge.answer(method, request.headers);
    if (preflight) {
      exchange.writeHead(204, headers);
      response.end();
      return;
    }
    const from: ForwardedFrom = {
      method,
      url: request.url ?? '',
      headers: request.headers,
      ip: request.socket.remoteAddress ?? '',
      id: exchange.requestId,
      protocol: (request.socket as Partial<TLSSocket>).encrypted ? 'https' : 'http',
    };
    let checked: unknown;
    try {
      checked = this.deps.guard.check(from);
    } catch (error) {
      exchange.fail(error, headers);
      return;
    }
    // The guard is synchronous unless a token has to be verified: the common request costs no promise.
    if (checked instanceof Promise) {
      checked.then(
        () => this.forward(exchange, client, from, headers),
        (error: unknown) => exchange.fail(error, headers),
      );
    } else {
      this.forward(exchange, client, from, headers);
    }
  }

  private forward(
    exchange: RawExchange,
    client: UpstreamClient,
    from: ForwardedFrom,
    headers: Record<string, string>,
  ): void {
    const { request, response } = exchange;
    const cancellation = new Cancellation();
    response.once('close', () => {
      if (!response.writableFinished) cancellation.cancel();
    });
    // As Fastify does: a GET or HEAD body is never read, and a write without one forwards none.
    const body = from.method === 'GET' || from.method === 'HEAD' || !hasBody(from) ? undefined : request;
    forward(this.deps, client, from, body, cancellation).then(
      (answer: UpstreamResponse) => {
        // The service's headers win over the edge's defaults (e.g. its own Cache-Control).
        exchange.writeHead(answer.statusCode, Object.assign(headers, endToEndHeaders(answer.headers)));
        if (Buffer.isBuffer(answer.body)) {
          response.end(answer.body);
          return;
        }
        // A broken stream on either side ends the other: the client's answer is cut, the upstream call dropped.
        pipeline(answer.body, response, () => undefined);
      },
      (error: unknown) => exchange.fail(error, headers),
    );
  }
}
