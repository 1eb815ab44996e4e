import { createHash } from 'node:crypto';
import {
  applyDecorators,
  HttpCode,
  Injectable,
  Post,
  UseInterceptors,
  type CallHandler,
  type ExecutionContext,
  type NestInterceptor,
} from '@nestjs/common';
import { ApiHeader } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { from, lastValueFrom, type Observable } from 'rxjs';
import { DataSource, type QueryRunner } from 'typeorm';
import { Roles, type AuthenticatedRequest, type Role } from '@kzps/auth';
import { ApiProblems, DomainError, type ProblemSpec } from '@kzps/platform';
import { idempotencyError, IdempotencyErrorCode } from './idempotency.errors';
import { requestTransaction } from './request-transaction';

export const IDEMPOTENCY_KEY_HEADER = 'idempotency-key';
/** Set on an answer that was stored by an earlier request with the same key, not produced again. */
export const IDEMPOTENT_REPLAY_HEADER = 'idempotent-replayed';
/** How long a key holds its answer; a retry after that is a new request. */
export const IDEMPOTENCY_KEY_LIFETIME_HOURS = 24;

const KEY_FORMAT = /^[\x21-\x7e]{1,255}$/;
/** Callers without a token share one namespace; their keys are random, so they do not meet by chance. */
const ANONYMOUS = 'anonymous';

/** JSON with object keys sorted, so the same body hashes the same whatever order its keys came in. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonical(item)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** What makes two requests "the same": the operation and its body. */
function fingerprintOf(request: AuthenticatedRequest): string {
  return createHash('sha256')
    .update(`${request.method} ${request.url}\n${canonical(request.body)}`)
    .digest('hex');
}

/**
 * Refusals that are acts in their own right: the write recorded the refusal (an Art. 14.2 refusal at intake)
 * and only then answers it as an error. Such a refusal commits with the request's transaction and its answer is
 * kept like a success, so a retry replays it instead of recording the refusal again.
 */
const recordedRefusals = new WeakSet<DomainError>();

/**
 * Marks a refusal whose record the write made in `inTransaction` (D33): with an `Idempotency-Key` the
 * interceptor commits that record together with the refusal as the key's answer, instead of rolling it back.
 */
export function recordedRefusal(error: DomainError): DomainError {
  recordedRefusals.add(error);
  return error;
}

/** What a recorded refusal is kept as: enough to raise it again, so the filter renders it as problem+json. */
interface StoredRefusal {
  code: string;
  spec: ProblemSpec;
  detail: string | null;
  extensions: Record<string, unknown>;
}

interface StoredAnswer {
  fingerprint: string;
  status: number;
  body: unknown;
  location: string | null;
}

/**
 * `Idempotency-Key` for a write a client may retry (a lost answer, a timeout). The first request with a key
 * claims it by inserting its row, does the write and stores its answer in ONE transaction (the write joins it
 * through `inTransaction`), so a crash at any point leaves either both or neither: a retry can never apply the
 * write twice. The same key and body later get the stored answer (`Idempotent-Replayed: true`); another body
 * 422 `IDEMPOTENCY_KEY_REUSED`. A duplicate sent while the first is in flight waits on the first's row lock
 * and then gets its answer (or, if the first failed, does the work itself). Only successful answers are kept:
 * a refused request wrote nothing, so its retry is judged afresh, unless the refusal was itself recorded
 * (`recordedRefusal`): that one commits and is replayed like a success. Keys are per caller (the token's subject)
 * and expire after IDEMPOTENCY_KEY_LIFETIME_HOURS, measured on the database's clock, which every replica shares.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  constructor(private readonly dataSource: DataSource) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const key = request.headers[IDEMPOTENCY_KEY_HEADER];
    if (key === undefined) return next.handle();
    if (typeof key !== 'string' || !KEY_FORMAT.test(key))
      throw idempotencyError(IdempotencyErrorCode.KeyInvalid);
    const reply = context.switchToHttp().getResponse<FastifyReply>();
    return from(this.answer(request, reply, key, next));
  }

  private async answer(
    request: AuthenticatedRequest,
    reply: FastifyReply,
    key: string,
    next: CallHandler,
  ): Promise<unknown> {
    const caller = request.identity?.subject ?? ANONYMOUS;
    const fingerprint = fingerprintOf(request);
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      await runner.startTransaction();
      if (!(await this.claim(runner, caller, key, fingerprint))) {
        const stored = await this.stored(runner, caller, key);
        await runner.commitTransaction();
        if (stored.fingerprint !== fingerprint) throw idempotencyError(IdempotencyErrorCode.KeyReused);
        reply.header(IDEMPOTENT_REPLAY_HEADER, 'true');
        if (stored.status >= 400) {
          const refusal = stored.body as StoredRefusal;
          throw new DomainError(refusal.code, refusal.spec, refusal.detail ?? undefined, refusal.extensions);
        }
        reply.status(stored.status);
        if (stored.location !== null) reply.header('location', stored.location);
        return stored.body;
      }
      let body: unknown;
      try {
        body = await requestTransaction.run(runner.manager, () =>
          lastValueFrom(next.handle(), { defaultValue: null }),
        );
      } catch (error) {
        if (!(error instanceof DomainError && recordedRefusals.has(error))) throw error;
        const refusal: StoredRefusal = {
          code: error.code,
          spec: error.spec,
          detail: error.detail ?? null,
          extensions: error.extensions,
        };
        await this.store(runner, caller, key, error.spec.status, refusal, null);
        await runner.commitTransaction();
        throw error;
      }
      const location = reply.getHeader('location');
      await this.store(
        runner,
        caller,
        key,
        reply.statusCode,
        body,
        typeof location === 'string' ? location : null,
      );
      await runner.commitTransaction();
      return body;
    } catch (error) {
      // A connection the database cut (a restart) has no transaction left to roll back, and TypeORM has released
      // its runner: the rollback's own failure must not replace why the request failed (an outage answers 503,
      // not 500). TypeORM's own transaction() ignores a failed rollback the same way.
      if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
      throw error;
    } finally {
      await runner.release();
    }
  }

  private async store(
    runner: QueryRunner,
    caller: string,
    key: string,
    status: number,
    body: unknown,
    location: string | null,
  ): Promise<void> {
    await runner.query(
      `UPDATE idempotency_key SET status = $3, body = $4, location = $5 WHERE caller = $1 AND key = $2`,
      [caller, key, status, JSON.stringify(body), location],
    );
  }

  /** Inserts the key's row; false when another request holds the key (after waiting for it to commit). */
  private async claim(
    runner: QueryRunner,
    caller: string,
    key: string,
    fingerprint: string,
  ): Promise<boolean> {
    // An expired key is free again; a few other expired rows are swept on the way, so the table stays small
    // without a timer (SKIP LOCKED: two requests never wait on each other's sweep).
    await runner.query(
      `DELETE FROM idempotency_key WHERE (caller, key) IN (
         SELECT caller, key FROM idempotency_key
         WHERE expires_at <= now() AND (caller, key) <> ($1, $2) LIMIT 20 FOR UPDATE SKIP LOCKED)
       OR (caller = $1 AND key = $2 AND expires_at <= now())`,
      [caller, key],
    );
    const inserted: unknown[] = await runner.query(
      `INSERT INTO idempotency_key (caller, key, fingerprint, expires_at)
       VALUES ($1, $2, $3, now() + make_interval(hours => $4))
       ON CONFLICT (caller, key) DO NOTHING RETURNING key`,
      [caller, key, fingerprint, IDEMPOTENCY_KEY_LIFETIME_HOURS],
    );
    return inserted.length === 1;
  }

  private async stored(runner: QueryRunner, caller: string, key: string): Promise<StoredAnswer> {
    const rows: StoredAnswer[] = await runner.query(
      `SELECT fingerprint, status, body, location FROM idempotency_key WHERE caller = $1 AND key = $2`,
      [caller, key],
    );
    const [row] = rows;
    if (!row) throw new Error('idempotency key vanished while it was read');
    return row;
  }
}

/**
 * Marks a write a client may retry: honours an `Idempotency-Key` header (optional) as IdempotencyInterceptor
 * says, and documents the header and its problems. The service's write must run in `inTransaction`.
 */
export function Idempotent(): MethodDecorator {
  return applyDecorators(
    UseInterceptors(IdempotencyInterceptor),
    ApiHeader({
      name: 'Idempotency-Key',
      required: false,
      description:
        `Makes a retry safe: the same key with the same body answers what the first request answered, without ` +
        `doing the write again; with another body, 422. Keys are per caller and kept ${IDEMPOTENCY_KEY_LIFETIME_HOURS} h.`,
      schema: { type: 'string', maxLength: 255, example: '5f1c9a3e-0d2b-4c8e-9a71-3b6e2d4f8c10' },
    }),
    ApiProblems(
      idempotencyError(IdempotencyErrorCode.KeyInvalid),
      idempotencyError(IdempotencyErrorCode.KeyReused),
    ),
  );
}

/**
 * The stack every retryable write carries (D20), stated once: a POST at this path answering `status` (201 where
 * it creates, 200 where it acts on what exists), with its `Idempotency-Key`, open to these roles alone.
 */
export function IdempotentPost(
  path: string | undefined,
  status: 200 | 201,
  roles: readonly Role[],
): MethodDecorator {
  return applyDecorators(Post(path), HttpCode(status), Idempotent(), Roles(...roles));
}
