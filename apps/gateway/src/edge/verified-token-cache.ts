import { createHash } from 'node:crypto';
import { bearerToken, type Identity, type TokenVerifier } from '@kzps/auth';

/** How long a verified token is trusted without a new signature check, at most (a revoked key stops
 * opening the API within this time even for tokens verified before the revocation). */
export const VERIFIED_TOKEN_MAX_AGE_MS = 60_000;
export const VERIFIED_TOKEN_CACHE_SIZE = 10_000;

interface Entry {
  identity: Identity;
  /** Epoch ms after which the token is verified again: its `exp`, or the cache's own limit if earlier. */
  until: number;
}

/**
 * Remembers tokens whose signature and claims already passed, so a caller's next requests skip the
 * signature check (the gateway's main per-request cost with a token). Keyed by the token's SHA-256 (bounded
 * memory whatever the token's length), bounded in count (least recently used dropped first), never past the
 * token's `exp`. Only successes are kept: a refused token is checked in full every time.
 */
export class VerifiedTokenCache {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly verifier: Pick<TokenVerifier, 'verify'>,
    private readonly maxEntries = VERIFIED_TOKEN_CACHE_SIZE,
    private readonly maxAgeMs = VERIFIED_TOKEN_MAX_AGE_MS,
    private readonly now: () => number = Date.now,
  ) {}

  /**
   * Same contract as TokenVerifier.verifyHeader: undefined without a header, throws (or rejects) when
   * refused. A token still trusted is answered synchronously, so a request with one costs no promise.
   */
  verifyHeader(header: string | string[] | undefined): Identity | undefined | Promise<Identity> {
    const token = bearerToken(header);
    if (token === undefined) return undefined;
    const key = createHash('sha256').update(token).digest('base64url');
    const hit = this.entries.get(key);
    if (hit) {
      this.entries.delete(key);
      if (this.now() < hit.until) {
        this.entries.set(key, hit);
        return hit.identity;
      }
    }
    return this.verify(key, token);
  }

  private async verify(key: string, token: string): Promise<Identity> {
    const identity = await this.verifier.verify(token);
    const verifiedAt = this.now();
    const until = Math.min(identity.expiresAt.getTime(), verifiedAt + this.maxAgeMs);
    if (until > verifiedAt) this.remember(key, { identity, until });
    return identity;
  }

  get size(): number {
    return this.entries.size;
  }

  private remember(key: string, entry: Entry): void {
    if (this.entries.size >= this.maxEntries) {
      // Map keeps insertion order and a hit is re-inserted: the first key is the least recently used.
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    this.entries.set(key, entry);
  }
}
