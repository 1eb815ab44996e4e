import { Catch, Logger, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { DependencyOutages } from '../health/dependency-outages';
import { ConstraintProblems } from './constraint-problems';
import { isDatabaseUnreachable } from './database-unreachable';
import { clientDatabaseProblem, toProblem } from './to-problem';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json; charset=utf-8';

/** A problem answer ready to write: its status, its headers and its JSON text. */
export interface ProblemAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/**
 * The problem document for an error, as sent to the client (`url` is the request's, its query dropped for
 * `instance`); a 5xx is logged with its internals here, never sent. Shared by Fastify's handlers and the
 * routes served ahead of Fastify (`RawRoutes`).
 */
export function problemAnswer(error: unknown, url: string, requestId: string, logger: Logger): ProblemAnswer {
  const problem = toProblem(error, url.split('?')[0] ?? url, requestId);
  // A path too long to route is not repeated back.
  if (problem.status === 414) delete problem.instance;
  if (problem.status >= 500 && !isDatabaseUnreachable(error)) {
    // Internal details go to the log (never to the client); the request id ties the two together.
    logger.error({ err: error, requestId }, 'request failed');
  } else if (clientDatabaseProblem(error)) {
    // The client reads a generic detail; what the database said (constraint, column) is for the operator.
    logger.warn({ err: error, requestId }, 'the database refused the request');
  }
  const headers: Record<string, string> = { 'content-type': PROBLEM_CONTENT_TYPE };
  if (typeof problem.retryAfterSeconds === 'number') {
    headers['retry-after'] = String(problem.retryAfterSeconds);
  }
  return { status: problem.status, headers, body: JSON.stringify(problem) };
}

/** Sends a problem document; shared by the Nest filter and Fastify's own error and not-found handlers. */
export function sendProblem(
  error: unknown,
  request: FastifyRequest,
  reply: FastifyReply,
  logger: Logger,
): void {
  const answer = problemAnswer(error, request.url, String(request.id), logger);
  void reply.status(answer.status).headers(answer.headers).send(answer.body);
}

/** Every exception that escapes a handler becomes RFC 9457 problem+json. */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger(ProblemDetailsFilter.name);

  constructor(
    private readonly constraints = new ConstraintProblems(),
    private readonly outages = new DependencyOutages(),
  ) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const error = this.constraints.translate(exception);
    // One line for the outage (and one for its end), not a stack trace per request while it lasts.
    if (isDatabaseUnreachable(error)) this.outages.reportDown('database', error);
    sendProblem(error, http.getRequest<FastifyRequest>(), http.getResponse<FastifyReply>(), this.logger);
  }
}
