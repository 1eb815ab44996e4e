import type { FastifyRequest } from 'fastify';
import { AuthErrorCode, authError, type Identity, type TokenVerifier } from '@kzps/auth';
import { DomainError } from '@kzps/platform';
import { listOf, type GatewayConfig } from '../config';
import { gatewayError, GatewayErrorCode } from '../gateway.errors';
import type { GatewayMetrics } from '../gateway.metrics';
import { SlidingWindowLimiter, type RateLimitDecision } from '../protection/rate-limiter';
import { RoutePattern } from './route-pattern';

const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const JSON_TYPE = /^application\/([\w.+-]+\+)?json\s*(;|$)/i;
const CSV_TYPE = /^text\/csv\s*(;|$)/i;

/** What a request's body may be: JSON up to BODY_LIMIT_BYTES, or also CSV up to the upload limit. */
export interface BodyPolicy {
  upload: boolean;
  maxBytes: number;
}

function hasBody(request: FastifyRequest): boolean {
  const length = request.headers['content-length'];
  return request.headers['transfer-encoding'] !== undefined || (length !== undefined && length !== '0');
}

/**
 * What the gateway checks before a request reaches a service, cheapest first: the per-IP limit (before
 * spending CPU on signatures), the body's type and size, the token, then the per-subject limit.
 */
export class EdgeGuard {
  private readonly byIp: SlidingWindowLimiter;
  private readonly bySubject: SlidingWindowLimiter;
  private readonly anonymousWrites: RoutePattern[];
  private readonly uploadPaths: string[];

  constructor(
    private readonly config: GatewayConfig,
    private readonly verifier: TokenVerifier,
    private readonly metrics: GatewayMetrics,
  ) {
    this.byIp = new SlidingWindowLimiter(config.RATE_LIMIT_PER_IP, config.RATE_LIMIT_WINDOW_MS);
    this.bySubject = new SlidingWindowLimiter(config.RATE_LIMIT_PER_SUBJECT, config.RATE_LIMIT_WINDOW_MS);
    this.anonymousWrites = listOf(config.ANONYMOUS_WRITE_PATHS).map((route) => new RoutePattern(route));
    this.uploadPaths = listOf(config.UPLOAD_PATHS);
  }

  /** Files (the registry's CSV import) are accepted only under UPLOAD_PATHS; everything else is JSON. */
  bodyPolicy(request: FastifyRequest): BodyPolicy {
    const path = request.url.split('?', 1)[0] ?? '';
    const upload = this.uploadPaths.some((prefix) => path === prefix || path.startsWith(`${prefix}/`));
    return {
      upload,
      maxBytes: upload ? this.config.UPLOAD_BODY_LIMIT_BYTES : this.config.BODY_LIMIT_BYTES,
    };
  }

  /** The per-IP limit alone, for endpoints outside the API (the embedded token endpoint). */
  limitIp(request: FastifyRequest): void {
    this.enforce(this.byIp.take(request.ip), 'ip');
  }

  /**
   * Throws a DomainError (401/413/415/429/503) or returns the caller's identity, if any. Synchronous unless
   * the token has to be verified (not yet seen, or no longer trusted without a check): the common request
   * then costs no promise.
   */
  check(request: FastifyRequest): Identity | undefined | Promise<Identity | undefined> {
    this.limitIp(request);
    const write = WRITES.has(request.method);
    const policy = this.bodyPolicy(request);
    if (write && hasBody(request)) {
      const type = request.headers['content-type'];
      const accepted =
        typeof type === 'string' && (JSON_TYPE.test(type) || (policy.upload && CSV_TYPE.test(type)));
      if (!accepted) {
        throw gatewayError(
          GatewayErrorCode.UnsupportedMediaType,
          policy.upload
            ? 'Only application/json or text/csv bodies are accepted here'
            : 'Only application/json bodies are accepted',
        );
      }
    }
    const length = Number(request.headers['content-length'] ?? 0);
    if (length > policy.maxBytes) {
      throw gatewayError(
        GatewayErrorCode.PayloadTooLarge,
        `The body may have at most ${policy.maxBytes} bytes`,
      );
    }
    let verified: Identity | undefined | Promise<Identity>;
    try {
      verified = this.verifier.verifyHeaderSoon(request.headers.authorization);
    } catch (error) {
      throw this.refused(error);
    }
    if (verified instanceof Promise) {
      return verified.then(
        (identity) => this.admit(request, write, identity),
        (error: unknown) => {
          throw this.refused(error);
        },
      );
    }
    return this.admit(request, write, verified);
  }

  /** A refused token is counted by its problem code. */
  private refused(error: unknown): unknown {
    if (error instanceof DomainError) this.metrics.authFailures.inc({ code: error.code });
    return error;
  }

  /** Anonymous writes only where allowed; a caller with a token within its own limit. */
  private admit(
    request: FastifyRequest,
    write: boolean,
    identity: Identity | undefined,
  ): Identity | undefined {
    if (!identity) {
      if (write && !this.anonymousWrites.some((route) => route.matches(request.url))) {
        this.metrics.authFailures.inc({ code: 'UNAUTHORIZED' });
        throw authError(AuthErrorCode.Unauthorized, 'An access token is required to change anything');
      }
      return undefined;
    }
    this.enforce(this.bySubject.take(identity.subject), 'subject');
    return identity;
  }

  private enforce(decision: RateLimitDecision, scope: 'ip' | 'subject'): void {
    if (decision.allowed) return;
    this.metrics.rateLimited.inc({ scope });
    throw gatewayError(GatewayErrorCode.TooManyRequests, `Rate limit per ${scope} exceeded`, {
      retryAfterSeconds: decision.retryAfterSeconds,
    });
  }
}
