import { HttpException } from '@nestjs/common';
import { commonCodeForStatus, commonProblems, type CommonProblemCode } from './common-problems';
import { isDatabaseUnreachable } from './database-unreachable';
import { DomainError, problemType, type ProblemDocument, type ProblemSpec } from './problem';

/** A database outage lasts seconds (a failover, a restart): the client is told to come back after this. */
export const DATABASE_RETRY_AFTER_SECONDS = 5;
const DATABASE_UNREACHABLE_DETAIL =
  'The service cannot reach its database; retry after the Retry-After delay';

interface FastifyLikeError {
  statusCode?: number;
  code?: string;
  message?: string;
}

function build(
  code: string,
  spec: ProblemSpec,
  detail: string | undefined,
  extra: Record<string, unknown>,
): ProblemDocument {
  return {
    type: problemType(code),
    title: spec.title,
    status: spec.status,
    ...(detail ? { detail } : {}),
    code,
    localizedTitle: spec.localizedTitle,
    ...extra,
  };
}

function httpExceptionDetail(exception: HttpException): string | undefined {
  const response = exception.getResponse();
  if (typeof response === 'string') return response;
  const message = (response as { message?: unknown }).message;
  if (Array.isArray(message)) return message.join('; ');
  return typeof message === 'string' ? message : undefined;
}

/**
 * Fastify's own errors (body parsing, size limits, media type, the router's URL checks) carry a status and
 * an FST_ code. URL errors get a detail of our own: fastify's repeats the whole path back.
 */
function fastifyProblem(error: FastifyLikeError): { code: CommonProblemCode; detail?: string } | undefined {
  switch (error.code ?? '') {
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return { code: 'UNSUPPORTED_MEDIA_TYPE', detail: error.message };
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return { code: 'PAYLOAD_TOO_LARGE', detail: error.message };
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return { code: 'MALFORMED_BODY', detail: error.message };
    case 'FST_ERR_BAD_URL':
      return { code: 'BAD_REQUEST', detail: 'The URL is not percent-encoded UTF-8 text' };
    case 'FST_ERR_MAX_PARAM_LENGTH':
      return { code: 'URI_TOO_LONG', detail: 'A path parameter is longer than allowed' };
    default:
      return error.statusCode === 400 && error.message?.includes('JSON')
        ? { code: 'MALFORMED_BODY', detail: error.message }
        : undefined;
  }
}

/**
 * PostgreSQL errors that are the client's fault when they slip past validation: the value the client sent
 * does not fit the column (a number out of range, a string too long, a date that cannot be), breaks a
 * CHECK constraint, or takes a unique key. A DTO should have refused it first; this is the net under it,
 * never a 500. The client reads a generic detail: the database's own text names constraints, columns and
 * values, and goes to the log only.
 */
const DATABASE_PROBLEMS: Record<string, { code: CommonProblemCode; detail: string }> = {
  '23505': { code: 'CONFLICT', detail: 'A value that must be unique is already taken' }, // unique_violation
  '22P02': { code: 'BAD_REQUEST', detail: 'A value does not have the expected format' }, // e.g. a malformed uuid
  '22001': { code: 'BAD_REQUEST', detail: 'A text is longer than allowed' }, // string_data_right_truncation
  '22003': { code: 'BAD_REQUEST', detail: 'A number is out of the allowed range' }, // numeric_value_out_of_range
  '22007': { code: 'BAD_REQUEST', detail: 'A date or time is not valid' }, // invalid_datetime_format
  '22008': { code: 'BAD_REQUEST', detail: 'A date or time is not valid' }, // datetime_field_overflow
  '22021': { code: 'BAD_REQUEST', detail: 'A text contains a character that cannot be stored' }, // bad encoding
  '22P05': { code: 'BAD_REQUEST', detail: 'A text contains a character that cannot be stored' }, // e.g. \u0000
  '23514': { code: 'BAD_REQUEST', detail: 'A value is not allowed' }, // check_violation
};

/** The problem a PostgreSQL error that is the client's fault maps to; undefined for any other error. */
export function clientDatabaseProblem(
  error: unknown,
): { code: CommonProblemCode; detail: string } | undefined {
  const code = (error as FastifyLikeError | undefined)?.code;
  return typeof code === 'string' && Object.hasOwn(DATABASE_PROBLEMS, code)
    ? DATABASE_PROBLEMS[code]
    : undefined;
}

/**
 * Maps anything thrown while serving a request to RFC 9457 problem details. Unknown errors become a
 * generic 500 without any internal detail; the caller logs them.
 */
export function toProblem(error: unknown, instance: string, requestId?: string): ProblemDocument {
  const base = { instance, ...(requestId ? { requestId } : {}) };
  if (error instanceof DomainError) {
    return build(error.code, error.spec, error.detail, { ...error.extensions, ...base });
  }
  if (error instanceof HttpException) {
    const detail = httpExceptionDetail(error);
    // Fastify's JSON parser failures reach the filter wrapped as a plain 400 by Nest.
    if (error.getStatus() === 400 && detail?.includes('not valid JSON')) {
      return build('MALFORMED_BODY', commonProblems.MALFORMED_BODY, detail, base);
    }
    const code = commonCodeForStatus(error.getStatus());
    const spec = { ...commonProblems[code], status: error.getStatus() };
    return build(code, spec, detail, base);
  }
  const fastifyError = (error ?? {}) as FastifyLikeError;
  const known = fastifyProblem(fastifyError);
  if (known) return build(known.code, commonProblems[known.code], known.detail, base);
  const database = clientDatabaseProblem(error);
  if (database) return build(database.code, commonProblems[database.code], database.detail, base);
  if (isDatabaseUnreachable(error)) {
    return build('SERVICE_UNAVAILABLE', commonProblems.SERVICE_UNAVAILABLE, DATABASE_UNREACHABLE_DETAIL, {
      ...base,
      retryAfterSeconds: DATABASE_RETRY_AFTER_SECONDS,
    });
  }
  if (
    typeof fastifyError.statusCode === 'number' &&
    fastifyError.statusCode >= 400 &&
    fastifyError.statusCode < 500
  ) {
    const code = commonCodeForStatus(fastifyError.statusCode);
    return build(
      code,
      { ...commonProblems[code], status: fastifyError.statusCode },
      fastifyError.message,
      base,
    );
  }
  return build('INTERNAL_ERROR', commonProblems.INTERNAL_ERROR, undefined, base);
}
