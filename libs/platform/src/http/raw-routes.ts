import type { IncomingMessage, OutgoingHttpHeaders, Server, ServerResponse } from 'node:http';
import { performance } from 'node:perf_hooks';
import type { Logger } from '@nestjs/common';
import { requestContext } from '../logging/request-context';
import { problemAnswer } from '../problem/problem-details.filter';
import { nameServerSpan } from '../tracing/server-span';
import { tracingOn } from '../tracing/trace-context';
import { urlProblem } from './hostile-input';
import { requestIdFor, REQUEST_ID_HEADER } from './request-id';

/** One request served ahead of Fastify, with what the platform gives every request. */
export interface RawExchange {
  readonly request: IncomingMessage;
  readonly response: ServerResponse;
  readonly requestId: string;
  /** The route template `routeOf` gave. */
  readonly route: string;
  /** Writes the status line and headers, with the request id (and `Connection: close` while draining). */
  writeHead(status: number, headers: OutgoingHttpHeaders): void;
  /**
   * Answers the error as problem+json (as Fastify's routes do), with `headers` besides its own; cuts the
   * connection instead if the answer has already begun.
   */
  fail(error: unknown, headers?: OutgoingHttpHeaders): void;
}

/**
 * Routes an app serves from Node's own `request` event, before Fastify builds its request and reply and
 * runs its lifecycle: for a proxy whose per-request cost is mostly that machinery (the gateway). The app
 * keeps the same routes in Fastify too: whatever `routeOf` declines (and everything while the server
 * drains) goes there.
 */
export interface RawRoutes {
  /** The route template serving this request (its metrics and log label), or undefined to leave it to Fastify. */
  routeOf(request: IncomingMessage): string | undefined;
  serve(exchange: RawExchange): void;
}

/** What the platform records of every answered request, whichever way it was served. */
export type RecordRequest = (
  request: IncomingMessage,
  route: string,
  status: number,
  elapsedMs: number,
  requestId: string,
) => void;

export interface RawRoutesSetup {
  server: Server;
  routes: RawRoutes;
  record: RecordRequest;
  logger: Logger;
  /** True once the server drains: new requests go to Fastify (503), answers close their connection. */
  closing: () => boolean;
}

/**
 * Puts `routes` ahead of Fastify's own `request` listener. The platform's per-request rules are applied
 * here as in its Fastify hooks: request id (kept if plain, echoed), the hostile-URL check (400), the
 * request context of log lines, the server span's route, the latency histogram and the access log.
 */
export function serveRawRoutesFirst({ server, routes, record, logger, closing }: RawRoutesSetup): void {
  const listeners = server.listeners('request');
  const fastify = listeners[0];
  if (listeners.length !== 1 || !fastify) {
    throw new Error(`expected Fastify's one request listener, found ${listeners.length}`);
  }
  server.removeAllListeners('request');
  server.on('request', (request: IncomingMessage, response: ServerResponse) => {
    const route = closing() ? undefined : routes.routeOf(request);
    if (route === undefined) {
      fastify.call(server, request, response);
      return;
    }
    const started = performance.now();
    const requestId = requestIdFor(request);
    const url = request.url ?? '';
    if (tracingOn()) nameServerSpan(route);
    response.once('close', () =>
      record(request, route, response.statusCode, performance.now() - started, requestId),
    );
    const exchange: RawExchange = {
      request,
      response,
      requestId,
      route,
      writeHead(status, headers) {
        headers[REQUEST_ID_HEADER] = requestId;
        if (closing()) headers.connection = 'close';
        response.writeHead(status, headers);
      },
      fail(error, headers = {}) {
        if (response.headersSent) {
          response.destroy();
          return;
        }
        const answer = problemAnswer(error, url, requestId, logger);
        exchange.writeHead(answer.status, Object.assign(headers, answer.headers));
        response.end(answer.body);
      },
    };
    const refused = urlProblem(url);
    if (refused) {
      exchange.fail(refused);
      return;
    }
    requestContext.run({ requestId }, () => routes.serve(exchange));
  });
}
