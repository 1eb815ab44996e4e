import { randomUUID } from 'node:crypto';
import {
  calculateJwkThumbprint,
  exportJWK,
  generateKeyPair,
  importJWK,
  SignJWT,
  type JWK,
  type JWTPayload,
  type KeyLike,
} from 'jose';

const ALGORITHM = 'ES256';

export interface SignOptions {
  issuer: string;
  audience: string;
  /** Lifetime in seconds from now; negative gives an already expired token. Default 900. */
  ttlSeconds?: number;
  /** Issue time in epoch seconds; default now. */
  issuedAt?: number;
}

/**
 * An ES256 key pair that signs tokens and publishes its public half as a JWKS. Used by the gateway's
 * embedded issuer (key kept on disk) and by the test issuer (key in memory); never by production.
 */
export class LocalSigner {
  private constructor(
    private readonly privateKey: KeyLike,
    private readonly privateJwk: JWK,
    readonly publicJwk: JWK,
  ) {}

  static async generate(): Promise<LocalSigner> {
    const { privateKey } = await generateKeyPair(ALGORITHM, { extractable: true });
    return LocalSigner.fromPrivateJwk(await exportJWK(privateKey));
  }

  static async fromPrivateJwk(jwk: JWK): Promise<LocalSigner> {
    if (jwk.kty !== 'EC' || jwk.crv !== 'P-256' || !jwk.d) throw new Error('expected a P-256 private JWK');
    const { d: _private, ...publicPart } = jwk;
    const kid = await calculateJwkThumbprint({ kty: jwk.kty, crv: jwk.crv, x: jwk.x, y: jwk.y });
    const key = await importJWK({ ...jwk, alg: ALGORITHM }, ALGORITHM);
    if (key instanceof Uint8Array) throw new Error('expected an asymmetric key');
    return new LocalSigner(
      key,
      { ...jwk, kid, alg: ALGORITHM },
      { ...publicPart, kid, alg: ALGORITHM, use: 'sig' },
    );
  }

  get keyId(): string {
    return this.publicJwk.kid ?? '';
  }

  /** The private key as JWK, for persisting (keep the file owner-readable only). */
  exportPrivateJwk(): JWK {
    return { ...this.privateJwk };
  }

  sign(claims: JWTPayload, options: SignOptions): Promise<string> {
    const now = options.issuedAt ?? Math.floor(Date.now() / 1000);
    return new SignJWT({ typ: 'Bearer', ...claims })
      .setProtectedHeader({ alg: ALGORITHM, kid: this.keyId, typ: 'JWT' })
      .setIssuer(options.issuer)
      .setAudience(options.audience)
      .setIssuedAt(now)
      .setExpirationTime(now + (options.ttlSeconds ?? 900))
      .setJti(randomUUID())
      .sign(this.privateKey);
  }
}
