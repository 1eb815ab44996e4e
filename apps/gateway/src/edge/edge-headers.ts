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

/**
 * Security headers on every answer and CORS for an allow-list of origins. Bearer tokens, not cookies,
 * carry the identity, so credentials are never allowed cross-origin.
 */
export function registerEdgeHeaders(fastify: FastifyInstance, allowedOrigins: readonly string[]): void {
  const origins = new Set(allowedOrigins);
  // A callback hook, not an async one: it runs on every request and needs no promise.
  fastify.addHook('onRequest', (request, reply, done) => {
    void reply.headers(SECURITY_HEADERS);
    const origin = request.headers.origin;
    const allowed = typeof origin === 'string' && origins.has(origin);
    void reply.header('vary', 'Origin');
    if (allowed) {
      void reply
        .header('access-control-allow-origin', origin)
        .header('access-control-expose-headers', EXPOSED_HEADERS);
    }
    if (request.method === 'OPTIONS' && request.headers['access-control-request-method'] !== undefined) {
      // A preflight is answered here and never reaches a service; without the allow headers the browser
      // refuses the real request for an origin not on the list.
      if (allowed) {
        void reply.headers({
          'access-control-allow-methods': ALLOWED_METHODS,
          'access-control-allow-headers': ALLOWED_HEADERS,
          'access-control-max-age': '600',
        });
      }
      void reply.code(204).send();
      return;
    }
    done();
  });
}
