import { STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { commonProblems } from '../problem/common-problems';
import { PROBLEM_CONTENT_TYPE } from '../problem/problem-details.filter';
import { toProblem } from '../problem/to-problem';
import { DomainError, type FieldProblem } from '../problem/problem';
import { validationFailed } from '../problem/validation';

/**
 * How deep a JSON body may nest. Our deepest DTO is a handful of levels; the validation pipe walks a body
 * recursively, and ~5,000 levels overflow its stack (a 500). Bounded before validation, iteratively.
 */
export const MAX_BODY_DEPTH = 32;

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** A NUL character (PostgreSQL refuses it in text) or an unpaired UTF-16 surrogate (stored as U+FFFD). */
function textProblem(text: string): string | undefined {
  if (text.includes('\u0000')) return 'contains a NUL character';
  if (LONE_SURROGATE.test(text)) return 'contains an unpaired surrogate (not Unicode text)';
  return undefined;
}

function tooDeep(): DomainError {
  return new DomainError(
    'BAD_REQUEST',
    commonProblems.BAD_REQUEST,
    `The body is nested deeper than ${MAX_BODY_DEPTH} levels`,
  );
}

/** What JSON.parse makes: arrays and plain objects. A raw body (a Buffer, a stream) is not walked. */
function isJsonContainer(value: unknown): value is object {
  if (Array.isArray(value)) return true;
  if (typeof value !== 'object' || value === null) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/**
 * Walks a parsed body without recursion: throws when it nests too deep, and lists every text (values and
 * keys) that cannot be stored, by its field path.
 */
export function bodyProblems(body: unknown): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const pending: Array<{ value: unknown; path: string; depth: number }> = [
    { value: body, path: '', depth: 0 },
  ];
  const check = (text: string, path: string): void => {
    const problem = textProblem(text);
    if (problem) problems.push({ field: path || 'body', message: `${path || 'body'} ${problem}` });
  };
  for (let next = pending.pop(); next; next = pending.pop()) {
    const { value, path, depth } = next;
    if (typeof value === 'string') check(value, path);
    if (!isJsonContainer(value)) continue;
    if (depth >= MAX_BODY_DEPTH) throw tooDeep();
    for (const [key, item] of Object.entries(value)) {
      const field = path ? `${path}.${key}` : key;
      check(key, field);
      pending.push({ value: item, path: field, depth: depth + 1 });
    }
  }
  return problems;
}

/**
 * The URL as sent: percent-encoded UTF-8 that decodes (an encoded lone surrogate does not), with no NUL in
 * the path or the query. Checked on the raw URL, since the router and the query parser replace what they
 * cannot decode with U+FFFD.
 */
export function urlProblem(url: string): DomainError | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(url);
  } catch {
    return new DomainError(
      'BAD_REQUEST',
      commonProblems.BAD_REQUEST,
      'The URL is not percent-encoded UTF-8 text',
    );
  }
  return decoded.includes('\u0000')
    ? new DomainError('BAD_REQUEST', commonProblems.BAD_REQUEST, 'The URL contains a NUL character')
    : undefined;
}

/** Refuses, with 400 problems, input no service can store or validate safely, before any handler runs. */
export function refuseHostileInput(fastify: FastifyInstance): void {
  fastify.addHook('onRequest', (request, _reply, done) => {
    done(urlProblem(request.url));
  });
  fastify.addHook('preValidation', (request, _reply, done) => {
    try {
      const problems = bodyProblems(request.body);
      done(problems.length > 0 ? validationFailed(problems) : undefined);
    } catch (error) {
      done(error as Error);
    }
  });
}

/**
 * Node's HTTP parser refuses a request before fastify sees it (headers or a request line over the limit,
 * a client too slow to send them); fastify would answer plain JSON. The answer is a problem like every
 * other, without the path, which is what was too large.
 */
export function answerClientError(error: NodeJS.ErrnoException, socket: Duplex): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const code =
    error.code === 'HPE_HEADER_OVERFLOW'
      ? 'HEADERS_TOO_LARGE'
      : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? 'REQUEST_TIMEOUT'
        : 'BAD_REQUEST';
  const { instance: _unknown, ...problem } = toProblem(new DomainError(code, commonProblems[code]), '');
  const body = JSON.stringify(problem);
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${problem.status} ${STATUS_CODES[problem.status] ?? ''}\r\n` +
        `Content-Type: ${PROBLEM_CONTENT_TYPE}\r\nContent-Length: ${Buffer.byteLength(body)}\r\n` +
        `Connection: close\r\n\r\n${body}`,
    );
  }
  socket.destroy(error);
}
