import {
  createRemoteJWKSet,
  errors,
  jwksCache,
  jwtVerify,
  type JWKSCacheInput,
  type JWTPayload,
  type JWTVerifyGetKey,
} from 'jose';
import { Clock, DomainError, SystemClock } from '@kzps/platform';
import { AuthErrorCode, authError } from './auth.errors';
import type { AuthOptions } from './auth-options';
import { identityFromClaims, type Identity } from './identity';
import { VERIFIED_TOKEN_CACHE_SIZE, VERIFIED_TOKEN_MAX_AGE_MS, VerifiedTokens } from './verified-tokens';

// Asymmetric algorithms only: a symmetric one would let anyone holding the public key forge tokens.
const ALGORITHMS = ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'EdDSA'];
// Real access tokens are a few KB; refusing huge ones before parsing keeps the cost of junk bounded.
const MAX_TOKEN_LENGTH = 8192;
/** Access tokens live minutes (Keycloak's default 5, the embedded issuer's 15); a day is generous. */
const DEFAULT_MAX_TOKEN_LIFETIME_SECONDS = 24 * 60 * 60;
const BEARER = /^Bearer ([A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+)$/;

/** The token from an `Authorization: Bearer …` header; undefined when there is no header. */
export function bearerToken(header: string | string[] | undefined): string | undefined {
  if (header === undefined) return undefined;
  if (Array.isArray(header))
    throw authError(AuthErrorCode.TokenInvalid, 'More than one Authorization header');
  const match = BEARER.exec(header.trim());
  if (!match?.[1]) throw authError(AuthErrorCode.TokenInvalid, 'Authorization must be "Bearer <JWT>"');
  return match[1];
}

/**
 * Verifies OIDC access tokens against the issuer's JWKS (signature, issuer, audience, expiry) and maps
 * them to an Identity. Framework-free: the gateway and the Nest guard both use it.
 *
 * A token that passed is remembered (VerifiedTokens, by the exact token, at most 10,000, for at most 60 s),
 * so a caller's next requests skip the signature check, the main cost of a request with a token. Each hit
 * re-checks `exp`, `nbf` and the token's age against the clock; the cache is emptied when the issuer's key
 * set changes; a refusal is never remembered (docs/architecture.md, D39).
 */
export class TokenVerifier {
  private readonly keys: JWTVerifyGetKey;
  private readonly verified: VerifiedTokens;
  /** What jose last fetched of the issuer's JWKS (it writes here on every fetch). */
  private readonly fetchedKeys: JWKSCacheInput | undefined;
  private knownKeys: unknown;
  private knownKeysFingerprint: string | undefined;
  private readonly toleranceMs: number;
  private readonly maxLifetimeSeconds: number;

  /**
   * `clock`: the machine's by default. Tokens are issued by another system on real time; a service's
   * business clock (a TestClock moved by a test) is not theirs, so AuthModule leaves the default.
   */
  constructor(
    private readonly options: AuthOptions,
    private readonly clock: Clock = new SystemClock(),
  ) {
    this.verified = new VerifiedTokens(options.verifiedTokenCacheSize ?? VERIFIED_TOKEN_CACHE_SIZE);
    this.toleranceMs = (options.clockToleranceSeconds ?? 30) * 1000;
    this.maxLifetimeSeconds = options.maxTokenLifetimeSeconds ?? DEFAULT_MAX_TOKEN_LIFETIME_SECONDS;
    if (options.keySet) {
      this.keys = options.keySet;
    } else if (options.jwksUrl) {
      this.fetchedKeys = {} as JWKSCacheInput;
      this.keys = createRemoteJWKSet(new URL(options.jwksUrl), {
        cacheMaxAge: options.jwksCacheMaxAgeMs ?? 10 * 60_000,
        // After a key rotation an unknown kid triggers a refetch, at most this often, so a flood of tokens
        // with made-up kids cannot turn into a flood of requests to the identity provider.
        cooldownDuration: options.jwksCooldownMs ?? 30_000,
        timeoutDuration: options.jwksTimeoutMs ?? 3_000,
        [jwksCache]: this.fetchedKeys,
      });
    } else {
      throw new Error('AuthOptions needs jwksUrl or keySet');
    }
  }

  async verify(token: string): Promise<Identity> {
    return this.remembered(token) ?? this.verifyInFull(token);
  }

  /** Verifies the Authorization header's token; undefined when the request carries none. */
  async verifyHeader(header: string | string[] | undefined): Promise<Identity | undefined> {
    const token = bearerToken(header);
    return token === undefined ? undefined : this.verify(token);
  }

  /**
   * verifyHeader, answered synchronously for a token already verified and still valid (the common request
   * of a signed-in caller then costs no promise); throws or rejects when refused.
   */
  verifyHeaderSoon(header: string | string[] | undefined): Identity | undefined | Promise<Identity> {
    const token = bearerToken(header);
    if (token === undefined) return undefined;
    return this.remembered(token) ?? this.verifyInFull(token);
  }

  /** Forgets every verified token: the next request with each is checked in full. */
  forgetVerifiedTokens(): void {
    this.verified.clear();
  }

  /** How many verified tokens are remembered. */
  get verifiedTokenCount(): number {
    return this.verified.size;
  }

  private remembered(token: string): Identity | undefined {
    this.forgetOnNewKeys();
    return this.verified.get(token, this.clock.now().getTime());
  }

  /**
   * jose refetches the JWKS on an unknown kid or when its copy is old; a set that differs from the one the
   * remembered tokens were checked against (a key added, withdrawn or replaced) empties the cache.
   */
  private forgetOnNewKeys(): void {
    const keys = this.fetchedKeys?.jwks;
    if (keys === this.knownKeys) return;
    this.knownKeys = keys;
    const fingerprint = JSON.stringify(keys);
    if (fingerprint !== this.knownKeysFingerprint) {
      this.knownKeysFingerprint = fingerprint;
      this.verified.clear();
    }
  }

  private async verifyInFull(token: string): Promise<Identity> {
    if (token.length > MAX_TOKEN_LENGTH) throw authError(AuthErrorCode.TokenInvalid, 'The token is too long');
    const maxLifetime = this.maxLifetimeSeconds;
    const now = this.clock.now();
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, this.keys, {
        issuer: this.options.issuer,
        audience: this.options.audience,
        algorithms: ALGORITHMS,
        clockTolerance: this.toleranceMs / 1000,
        requiredClaims: ['sub', 'exp', 'iat'],
        // Also refuses an `iat` later than now (beyond the tolerance): a token from the future.
        maxTokenAge: maxLifetime,
        currentDate: now,
      }));
    } catch (error) {
      throw this.translate(error);
    }
    if ((payload.exp ?? 0) - (payload.iat ?? 0) > maxLifetime) {
      throw authError(AuthErrorCode.TokenInvalid, `The token lives longer than ${maxLifetime} s`);
    }
    // Keycloak marks ID and refresh tokens with `typ`; only access tokens open the API.
    if (payload.typ !== undefined && payload.typ !== 'Bearer') {
      throw authError(AuthErrorCode.TokenInvalid, 'Not an access token');
    }
    const identity = identityFromClaims(payload);
    this.remember(token, identity, payload, now.getTime());
    return identity;
  }

  /** The same bounds jose checked, as instants, so a hit is refused exactly when a full check would be. */
  private remember(token: string, identity: Identity, payload: JWTPayload, verifiedAt: number): void {
    // The keys this token was checked against (a fetch may have happened during the check).
    this.forgetOnNewKeys();
    const iat = (payload.iat ?? 0) * 1000;
    const from = Math.max(payload.nbf ?? 0, payload.iat ?? 0) * 1000 - this.toleranceMs;
    const until =
      Math.min((payload.exp ?? 0) * 1000, iat + this.maxLifetimeSeconds * 1000) + this.toleranceMs;
    const recheckAt = verifiedAt + (this.options.verifiedTokenMaxAgeMs ?? VERIFIED_TOKEN_MAX_AGE_MS);
    this.verified.remember(token, { identity, from, until, recheckAt });
  }

  private translate(error: unknown): DomainError {
    if (error instanceof DomainError) return error;
    if (error instanceof errors.JWTExpired)
      return authError(AuthErrorCode.TokenExpired, 'The access token has expired');
    if (error instanceof errors.JWKSTimeout) {
      return authError(
        AuthErrorCode.IdentityProviderUnavailable,
        'The issuer keys could not be fetched in time',
      );
    }
    if (error instanceof errors.JWTClaimValidationFailed) {
      return authError(AuthErrorCode.TokenInvalid, `Claim ${error.claim} is not acceptable`);
    }
    if (error instanceof errors.JOSEError)
      return authError(AuthErrorCode.TokenInvalid, 'The access token is not valid');
    // Anything else is the key fetch failing (connection refused, bad JWKS response): fail closed, but
    // tell the client it is not their token's fault.
    return authError(AuthErrorCode.IdentityProviderUnavailable, 'The issuer keys could not be fetched');
  }
}
