import type { IncomingHttpHeaders } from 'node:http';
import type { FastifyInstance } from 'fastify';

export const API_CSP = "default-src 'none'; frame-ancestors 'none'";

const SECURITY_HEADERS: Record<string, string> = {
  'strict-transport-security': 'max-age=31536000; includeSubDomains',
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'content-security-policy': API_CSP,
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'permissions-policy': 'camera=(), microphone=(), geolocation=()',
  // Answers carry personal data: no shared cache may keep them unless the service says otherwise.
  'cache-control': 'no-store',
};

const ALLOWED_METHODS = 'GET, HEAD, POST, PUT, PATCH, DELETE';
const ALLOWED_HEADERS =
  'authorization, content-type, accept, accept-language, x-request-id, traceparent, tracestate, idempotency-key';
const EXPOSED_HEADERS = 'x-request-id, retry-after, location, content-disposition, idempotent-replayed';

/** The headers an answer starts with, and whether the request was a CORS preflight (answered 204 at once). */
export interface EdgeAnswer {
  headers: Record<string, string>;
  preflight: boolean;
}

/**
 * Security headers on every answer and CORS for an allow-list of origins. Bearer tokens, not cookies,
 * carry the identity, so credentials are never allowed cross-origin. One rule for Fastify's routes and the
 * proxy served ahead of them.
 */
export class EdgeHeaders {
  private readonly origins: Set<string>;

  constructor(allowedOrigins: readonly string[]) {
    this.origins = new Set(allowedOrigins);
  }

  /** A fresh header object per request: the caller adds the rest of its answer to it. */
  answer(method: string | undefined, headers: IncomingHttpHeaders): EdgeAnswer {
    const answer: Record<string, string> = { ...SECURITY_HEADERS, vary: 'Origin' };
    const origin = headers.origin;
    const allowed = typeof origin === 'string' && this.origins.has(origin);
    if (allowed) {
      answer['access-control-allow-origin'] = origin;
      answer['access-control-expose-headers'] = EXPOSED_HEADERS;
    }
    // A preflight is answered here and never reaches a service; without the allow headers the browser
    // refuses the real request for an origin not on the list.
    const preflight = method === 'OPTIONS' && headers['access-control-request-method'] !== undefined;
    if (preflight && allowed) {
      answer['access-control-allow-methods'] = ALLOWED_METHODS;
      answer['access-control-allow-headers'] = ALLOWED_HEADERS;
      answer['access-control-max-age'] = '600';
    }
    return { headers: answer, preflight };
  }
}

/** The same headers on every answer Fastify gives. */
export function registerEdgeHeaders(fastify: FastifyInstance, edge: EdgeHeaders): void {
  // A callback hook, not an async one: it runs on every request and needs no promise.
  fastify.addHook('onRequest', (request, reply, done) => {
    const { headers, preflight } = edge.answer(request.method, request.headers);
    void reply.headers(headers);
    if (preflight) {
      void reply.code(204).send();
      return;
    }
    done();
  });
}
