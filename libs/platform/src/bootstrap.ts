import 'reflect-metadata';
import { Logger, type DynamicModule } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import type { DestinationStream } from 'pino';
import { createRootLogger, PinoNestLogger } from './logging/logger';
import { maskText } from './logging/personal-data';
import { requestContext } from './logging/request-context';
import { nameServerSpan } from './tracing/server-span';
import { shutdownTracing, tracingOn } from './tracing/trace-context';
import { DependencyOutages } from './health/dependency-outages';
import { HealthRegistry } from './health/health.registry';
import { ServiceMetrics } from './metrics/metrics';
import { ConstraintProblems } from './problem/constraint-problems';
import { ProblemDetailsFilter, sendProblem } from './problem/problem-details.filter';
import { answerClientError, refuseHostileInput } from './http/hostile-input';
import { createValidationPipe } from './problem/validation';
import { requestIdFor, REQUEST_ID_HEADER } from './http/request-id';
import { setupOpenApi, type OpenApiInfo } from './http/openapi';
import { dropDeprecatedAsyncResourceProperty } from './runtime/async-resource-bind';
import type { ServiceConfig } from './config/service-config';

/** Probed every few seconds: not worth an access-log line each. */
const INFRASTRUCTURE_ROUTES = new Set(['/health', '/health/live', '/health/ready', '/metrics']);

export interface ServiceAppOptions {
  service: string;
  module: DynamicModule;
  config: ServiceConfig;
  openApi: OpenApiInfo;
  /** Largest accepted request body in bytes. */
  bodyLimit?: number;
  /** Where log lines go instead of stdout (tests read what the service logged). */
  logDestination?: DestinationStream;
}

/**
 * Builds a service's Nest app on Fastify with everything every service shares: request ids, JSON logs,
 * problem+json errors, strict validation, metrics, health, OpenAPI. Does not listen (tests use inject or
 * listen on port 0 themselves).
 */
export async function createServiceApp(options: ServiceAppOptions): Promise<NestFastifyApplication> {
  dropDeprecatedAsyncResourceProperty();
  const root = createRootLogger(options.service, options.config.LOG_LEVEL, options.logDestination);
  const adapter = new FastifyAdapter({
    genReqId: requestIdFor,
    requestIdHeader: false,
    bodyLimit: options.bodyLimit ?? 1024 * 1024,
    return503OnClosing: true,
    // Left to itself, Fastify's close() destroys every open connection (closeAllConnections) unless it was
    // given a serverFactory, resetting requests whose writes may already have committed. Node's own
    // server.close() closes the idle keep-alive sockets and waits for the ones answering a request.
    forceCloseConnections: false,
    // The router's own refusals (a URL that does not decode, a path parameter too long) as problems.
    frameworkErrors: (error: FastifyError, request: FastifyRequest, reply: FastifyReply) =>
      sendProblem(error, request, reply, new Logger('Http')),
    clientErrorHandler: answerClientError,
  });
  const app = await NestFactory.create<NestFastifyApplication>(options.module, adapter, {
    logger: new PinoNestLogger(root),
    bufferLogs: false,
  });
  const fastify = app.getHttpAdapter().getInstance();
  const metrics = app.get(ServiceMetrics);
  const access = root.child({ context: 'http' });

  fastify.addHook('onRequest', (request, reply, done) => {
    void reply.header(REQUEST_ID_HEADER, request.id);
    if (tracingOn()) nameServerSpan(request.routeOptions.url);
    requestContext.run({ requestId: String(request.id) }, done);
  });
  fastify.addHook('onResponse', (request, reply, done) => {
    const route = request.routeOptions.url ?? 'unmatched';
    const seconds = reply.elapsedTime / 1000;
    metrics.httpDuration.observe(
      { method: request.method, route, status_code: String(reply.statusCode) },
      seconds,
    );
    if (!INFRASTRUCTURE_ROUTES.has(route)) {
      access.info(
        {
          requestId: request.id,
          method: request.method,
          route,
          path: maskText(request.url.split('?')[0] ?? ''),
          status: reply.statusCode,
          durationMs: Math.round(reply.elapsedTime * 10) / 10,
        },
        'request completed',
      );
    }
    done();
  });

  refuseHostileInput(fastify);
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new ProblemDetailsFilter(app.get(ConstraintProblems), app.get(DependencyOutages)));
  if (options.config.SWAGGER_ENABLED) setupOpenApi(app, options.openApi);
  return app;
}

/**
 * Starts a service for real: listens, and on SIGTERM/SIGINT shuts down in order: readiness off and no new
 * requests (503 with `Connection: close` on a kept-alive socket), every request in flight answered, then the
 * consumers, the relay and the pools closed (the app's shutdown hooks); exits anyway after SHUTDOWN_TIMEOUT_MS.
 */
export async function runService(options: ServiceAppOptions): Promise<NestFastifyApplication> {
  const app = await createServiceApp(options);
  const logger = new Logger('Bootstrap');
  if (options.config.MIGRATE_ONLY) {
    // Building the app ran the migrations (they run when the DataSource starts); nothing else to do.
    await app.close();
    logger.log('migrations applied; exiting (MIGRATE_ONLY)');
    process.exit(0);
  }
  let closing = false;
  // An answer given while draining releases its keep-alive socket, so the server's close is not held open
  // by a client that would otherwise send its next request into a closing server.
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onSend', (_request, reply, payload, done) => {
      if (closing) void reply.header('connection', 'close');
      done(null, payload);
    });
  const drainThenClose = async (): Promise<void> => {
    // Nest's close() would run the shutdown hooks (consumers, relay) before closing the server; the server
    // goes first, so nothing is taken in while they stop and every request in flight still has its pool.
    await app.getHttpAdapter().close();
    await app.close();
    // The spans of the last requests and events are still buffered: export them before exiting.
    await shutdownTracing().catch((error: unknown) => logger.warn(`trace export failed: ${String(error)}`));
  };
  const shutdown = (signal: string): void => {
    if (closing) return;
    closing = true;
    logger.log(`${signal} received: draining requests`);
    app.get(HealthRegistry).markShuttingDown();
    const force = setTimeout(() => {
      logger.error('shutdown timed out; exiting');
      process.exit(1);
    }, options.config.SHUTDOWN_TIMEOUT_MS);
    force.unref();
    drainThenClose()
      .then(() => {
        logger.log('stopped');
        process.exit(0);
      })
      .catch((error: unknown) => {
        logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      });
  };
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  process.once('SIGINT', () => shutdown('SIGINT'));
  await app.listen({ port: options.config.PORT, host: options.config.HOST });
  logger.log(
    `${options.service} listening on http://${options.config.HOST}:${options.config.PORT} (docs at /docs)`,
  );
  return app;
}
