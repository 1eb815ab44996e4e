import type { Identity } from './identity';

/** How long a verified token is trusted without a new signature check, at most: a key withdrawn from the
 * issuer's set stops opening the API within this time even for tokens verified before. */
export const VERIFIED_TOKEN_MAX_AGE_MS = 60_000;
/** Tokens remembered at most; the least recently used is dropped first. */
export const VERIFIED_TOKEN_CACHE_SIZE = 10_000;

/** A token whose signature and claims passed, with the instants between which it may be trusted again. */
export interface VerifiedToken {
  identity: Identity;
  /** Epoch ms before which it is not yet valid (`nbf`, `iat`, less the clock tolerance). */
  from: number;
  /** Epoch ms from which it is no longer valid (`exp`, `iat` + the longest age, plus the tolerance). */
  until: number;
  /** Epoch ms from which its signature must be checked again (verified at + VERIFIED_TOKEN_MAX_AGE_MS). */
  recheckAt: number;
}

/**
 * Tokens whose signature and claims already passed, by the exact token: a token differing in any character
 * (a tampered one) is a different key and is checked in full. Bounded in count, least recently used dropped
 * first. Only successes are kept. Framework-free, clock passed in: the TokenVerifier owns the rules.
 */
export class VerifiedTokens {
  private readonly entries = new Map<string, VerifiedToken>();

  constructor(private readonly maxEntries = VERIFIED_TOKEN_CACHE_SIZE) {}

  /**
   * The identity of a remembered token still valid at `now`; undefined (and forgotten) when it is not
   * remembered, not valid at `now` by its own claims, or due for a new signature check.
   */
  get(token: string, now: number): Identity | undefined {
    const hit = this.entries.get(token);
    if (!hit) return undefined;
    this.entries.delete(token);
    if (now < hit.from || now >= hit.until || now >= hit.recheckAt) return undefined;
    // Map keeps insertion order: a hit re-inserted is the most recently used.
    this.entries.set(token, hit);
    return hit.identity;
  }

  remember(token: string, verified: VerifiedToken): void {
    if (this.maxEntries <= 0) return;
    this.entries.delete(token);
    if (this.entries.size >= this.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    this.entries.set(token, verified);
  }

  clear(): void {
    this.entries.clear();
  }

  get size(): number {
    return this.entries.size;
  }
}
