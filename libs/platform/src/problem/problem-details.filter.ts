import { Catch, Logger, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { DependencyOutages } from '../health/dependency-outages';
import { ConstraintProblems } from './constraint-problems';
import { isDatabaseUnreachable } from './database-unreachable';
import { clientDatabaseProblem, toProblem } from './to-problem';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json; charset=utf-8';

/** Sends a problem document; shared by the Nest filter and Fastify's own error and not-found handlers. */
export function sendProblem(
  error: unknown,
  request: FastifyRequest,
  reply: FastifyReply,
  logger: Logger,
): void {
  const problem = toProblem(error, request.url.split('?')[0] ?? request.url, String(request.id));
  // A path too long to route is not repeated back.
  if (problem.status === 414) delete problem.instance;
  if (problem.status >= 500 && !isDatabaseUnreachable(error)) {
    // Internal details go to the log (never to the client); the request id ties the two together.
    logger.error({ err: error, requestId: request.id }, 'request failed');
  } else if (clientDatabaseProblem(error)) {
    // The client reads a generic detail; what the database said (constraint, column) is for the operator.
    logger.warn({ err: error, requestId: request.id }, 'the database refused the request');
  }
  if (typeof problem.retryAfterSeconds === 'number') {
    void reply.header('retry-after', String(problem.retryAfterSeconds));
  }
  void reply
    .status(problem.status)
    .header('content-type', PROBLEM_CONTENT_TYPE)
    .send(JSON.stringify(problem));
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
