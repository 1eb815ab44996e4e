import type { JWTVerifyGetKey } from 'jose';

/** How tokens are verified; the same for the gateway and every service. */
export interface AuthOptions {
  /** Expected `iss` (one or more, e.g. during an issuer migration). */
  issuer: string | string[];
  /** Expected `aud`: the API's client id at the identity provider. */
  audience: string | string[];
  /** The issuer's JWKS document; keys are cached and refetched when an unknown `kid` appears. */
  jwksUrl?: string;
  /** A key source in place of jwksUrl (the gateway's embedded issuer verifies with its own keys). */
  keySet?: JWTVerifyGetKey;
  /** Allowed clock skew between the issuer and this host. Default 30 s. */
  clockToleranceSeconds?: number;
  /**
   * Longest lifetime (`exp` - `iat`) and age (now - `iat`) a token may have. Default 24 h: a stolen token
   * with a 10-year `exp` must not open the API for 10 years.
   */
  maxTokenLifetimeSeconds?: number;
  /** How long fetched keys are trusted before a refetch. Default 10 min. */
  jwksCacheMaxAgeMs?: number;
  /** Least time between two JWKS fetches (an unknown kid triggers one). Default 30 s. */
  jwksCooldownMs?: number;
  /** Time limit for fetching the JWKS. Default 3 s. */
  jwksTimeoutMs?: number;
  /** Verified tokens remembered at most (0: none, every request checked in full). Default 10,000. */
  verifiedTokenCacheSize?: number;
  /** Longest time a remembered token is trusted before its signature is checked again. Default 60 s. */
  verifiedTokenMaxAgeMs?: number;
}

export const AUTH_OPTIONS = Symbol('AUTH_OPTIONS');
