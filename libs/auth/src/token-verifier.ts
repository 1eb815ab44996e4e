import { createRemoteJWKSet, errors, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import { DomainError } from '@kzps/platform';
import { AuthErrorCode, authError } from './auth.errors';
import type { AuthOptions } from './auth-options';
import { identityFromClaims, type Identity } from './identity';

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
 */
export class TokenVerifier {
  private readonly keys: JWTVerifyGetKey;

  constructor(private readonly options: AuthOptions) {
    if (options.keySet) {
      this.keys = options.keySet;
    } else if (options.jwksUrl) {
      this.keys = createRemoteJWKSet(new URL(options.jwksUrl), {
        cacheMaxAge: options.jwksCacheMaxAgeMs ?? 10 * 60_000,
        // After a key rotation an unknown kid triggers a refetch, at most this often, so a flood of tokens
        // with made-up kids cannot turn into a flood of requests to the identity provider.
        cooldownDuration: options.jwksCooldownMs ?? 30_000,
        timeoutDuration: options.jwksTimeoutMs ?? 3_000,
      });
    } else {
      throw new Error('AuthOptions needs jwksUrl or keySet');
    }
  }

  async verify(token: string): Promise<Identity> {
    if (token.length > MAX_TOKEN_LENGTH) throw authError(AuthErrorCode.TokenInvalid, 'The token is too long');
    const maxLifetime = this.options.maxTokenLifetimeSeconds ?? DEFAULT_MAX_TOKEN_LIFETIME_SECONDS;
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, this.keys, {
        issuer: this.options.issuer,
        audience: this.options.audience,
        algorithms: ALGORITHMS,
        clockTolerance: this.options.clockToleranceSeconds ?? 30,
        requiredClaims: ['sub', 'exp', 'iat'],
        // Also refuses an `iat` later than now (beyond the tolerance): a token from the future.
        maxTokenAge: maxLifetime,
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
    return identityFromClaims(payload);
  }

  /** Verifies the Authorization header's token; undefined when the request carries none. */
  async verifyHeader(header: string | string[] | undefined): Promise<Identity | undefined> {
    const token = bearerToken(header);
    return token === undefined ? undefined : this.verify(token);
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
