import type { Readable } from 'node:stream';
import { Logger } from '@nestjs/common';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { REQUEST_ID_HEADER, sendProblem, tracingOn } from '@kzps/platform';
import { gatewayError, GatewayErrorCode } from '../gateway.errors';
import type { GatewayMetrics } from '../gateway.metrics';
import type { EdgeGuard } from '../edge/edge-guard';
import { nextTraceparent } from './trace-context';
import {
  BUFFERED_BODY_BYTES,
  Cancellation,
  endToEndHeaders,
  UpstreamFailure,
  type UpstreamClient,
} from './upstream-client';

export interface ProxyDependencies {
  clients: UpstreamClient[];
  guard: EdgeGuard;
  metrics: GatewayMetrics;
}

const logger = new Logger('Proxy');

function problemFor(failure: UpstreamFailure): Error {
  switch (failure.kind) {
    case 'unavailable':
      return gatewayError(
        GatewayErrorCode.UpstreamUnavailable,
        'The service cannot be reached; try again shortly',
      );
    case 'timeout':
      return gatewayError(GatewayErrorCode.UpstreamTimeout, failure.message);
    case 'bad_gateway':
      return gatewayError(GatewayErrorCode.UpstreamConnectionBroken, 'The connection to the service broke');
    case 'body_too_large':
      return gatewayError(GatewayErrorCode.PayloadTooLarge, failure.message);
  }
}

/**
 * With tracing on, the undici instrumentation adds `traceparent`/`tracestate` of its client span (child of
 * the gateway's server span, which continued the caller's trace), so the caller's own are dropped rather
 * than sent twice; with it off the gateway still makes itself the caller's parent.
 */
function traceHeaders(request: FastifyRequest, headers: Record<string, string | string[]>): void {
  if (tracingOn()) {
    delete headers.traceparent;
    delete headers.tracestate;
    return;
  }
  const { traceparent, continued } = nextTraceparent(request.headers.traceparent);
  if (!continued) delete headers.tracestate;
  headers.traceparent = traceparent;
}

function forwardedHeaders(request: FastifyRequest): Record<string, string | string[]> {
  const headers = endToEndHeaders(request.headers);
  traceHeaders(request, headers);
  const earlier = request.headers['x-forwarded-for'];
  headers[REQUEST_ID_HEADER] = String(request.id);
  headers['x-forwarded-for'] = earlier ? `${String(earlier)}, ${request.ip}` : request.ip;
  headers['x-forwarded-proto'] = request.protocol;
  if (request.headers.host) headers['x-forwarded-host'] = request.headers.host;
  return headers;
}

/**
 * A request body declared small (content-length up to `BUFFERED_BODY_BYTES`, the edge guard having checked it
 * against the route's limit) is read whole, so it leaves with its headers in one write; any other goes on as
 * a stream, byte-counted on the way. Node's parser delivers exactly the declared length or fails the request.
 */
function readBody(
  request: FastifyRequest,
  payload: Readable,
  done: (error: Error | null, body?: unknown) => void,
): void {
  const length = Number(request.headers['content-length']);
  if (!(length <= BUFFERED_BODY_BYTES)) {
    done(null, payload);
    return;
  }
  const chunks: Buffer[] = [];
  // Whichever comes first answers: a stream that fails after its end (or ends after failing) is told once.
  let settled = false;
  const settle = (error: Error | null, body?: Buffer): void => {
    if (settled) return;
    settled = true;
    done(error, body);
  };
  payload.on('data', (chunk: Buffer) => chunks.push(chunk));
  payload.once('error', (error) => settle(error));
  payload.once('end', () => settle(null, chunks.length === 1 ? chunks[0] : Buffer.concat(chunks)));
}

/**
 * Routes /api/v1/<service>/** to the owning service, path unchanged, bodies passed on as they came (small
 * ones read whole first, `readBody`). Registered in its own Fastify context so no body parser runs here.
 */
export function proxyRoutes(deps: ProxyDependencies) {
  return async (instance: FastifyInstance): Promise<void> => {
    instance.removeAllContentTypeParsers();
    instance.addContentTypeParser('*', (request, payload, done) => readBody(request, payload, done));
    instance.setErrorHandler((error, request, reply) => sendProblem(error, request, reply, logger));
    // A callback hook: the guard answers most requests synchronously (no token, or one already verified).
    instance.addHook('onRequest', (request, _reply, done) => {
      let checked: unknown;
      try {
        checked = deps.guard.check(request);
      } catch (error) {
        done(error as Error);
        return;
      }
      if (checked instanceof Promise) checked.then(() => done(), done);
      else done();
    });

    for (const client of deps.clients) {
      const handler = async (request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply> => {
        const cancellation = new Cancellation();
        reply.raw.once('close', () => {
          if (!reply.raw.writableFinished) cancellation.cancel();
        });
        const body =
          request.method === 'GET' || request.method === 'HEAD'
            ? undefined
            : (request.body as Readable | Buffer | undefined);
        try {
          const response = await client.forward({
            method: request.method,
            path: request.url,
            headers: forwardedHeaders(request),
            ...(body ? { body } : {}),
            // A chunked body has no content-length for the guard to check: counted while it streams.
            maxBodyBytes: deps.guard.bodyPolicy(request).maxBytes,
            timeoutMs: client.upstream.timeoutMs,
            cancellation,
          });
          return reply
            .code(response.statusCode)
            .headers(endToEndHeaders(response.headers))
            .send(response.body);
        } catch (error) {
          if (!(error instanceof UpstreamFailure)) throw error;
          deps.metrics.upstreamError(client.upstream.name, error.kind);
          logger.warn(
            { upstream: client.upstream.name, kind: error.kind, reason: error.message },
            'upstream failed',
          );
          throw problemFor(error);
        }
      };
      instance.all(client.upstream.prefix, handler);
      instance.all(`${client.upstream.prefix}/*`, handler);
    }
  };
}
