import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { JWK, JWTPayload } from 'jose';
import type { AuthOptions } from '../auth-options';
import { claimsFor, type IdentityClaimsInput } from '../identity';
import { LocalSigner } from '../signing/local-signer';

export interface TestTokenOptions {
  /** Lifetime in seconds; negative for an expired token. Default 300. */
  ttlSeconds?: number;
  /** `iat` in seconds since the epoch; default now. */
  issuedAt?: number;
  audience?: string;
  issuer?: string;
  /** Claims added to (or overriding) the identity's. */
  extraClaims?: JWTPayload;
  /** Sign with a key the JWKS does not publish (a forged token). */
  foreignKey?: boolean;
}

export interface TestIssuer {
  issuer: string;
  audience: string;
  jwksUrl: string;
  /** Options for AuthModule.forRoot / TokenVerifier pointing at this issuer. */
  authOptions: AuthOptions;
  /** Environment variables for a service's AuthServiceConfig pointing at this issuer. */
  env: Record<'OIDC_ISSUER' | 'OIDC_AUDIENCE' | 'OIDC_JWKS_URL', string>;
  token(identity: IdentityClaimsInput, options?: TestTokenOptions): Promise<string>;
  /** Replaces the signing key; the JWKS then publishes the new key and the old one (as in a rotation). */
  rotateKey(): Promise<void>;
  /** How many times the JWKS has been fetched (to see caching). */
  jwksFetches(): number;
  close(): Promise<void>;
}

/**
 * A real OIDC-like issuer for tests: a JWKS over HTTP on 127.0.0.1 and a random port, and a signer, so
 * integration tests make real tokens and verify them the same way production does.
 */
export async function startTestIssuer(options: { audience?: string } = {}): Promise<TestIssuer> {
  let signer = await LocalSigner.generate();
  const foreign = await LocalSigner.generate();
  let published: JWK[] = [signer.publicJwk];
  let fetches = 0;
  const server: Server = createServer((request, response) => {
    if (request.url === '/jwks') {
      fetches += 1;
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ keys: published }));
      return;
    }
    response.writeHead(404).end();
  });
  // Tests close the issuer while keep-alive sockets may be open; do not let them hold the process.
  server.keepAliveTimeout = 1000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const base = `http://127.0.0.1:${port}`;
  const issuer = `${base}/realms/test`;
  const audience = options.audience ?? 'kzps-api';
  const jwksUrl = `${base}/jwks`;
  return {
    issuer,
    audience,
    jwksUrl,
    authOptions: { issuer, audience, jwksUrl, clockToleranceSeconds: 0 },
    env: { OIDC_ISSUER: issuer, OIDC_AUDIENCE: audience, OIDC_JWKS_URL: jwksUrl },
    token: (identity, tokenOptions = {}) =>
      (tokenOptions.foreignKey ? foreign : signer).sign(
        { ...claimsFor(identity), ...tokenOptions.extraClaims },
        {
          issuer: tokenOptions.issuer ?? issuer,
          audience: tokenOptions.audience ?? audience,
          ttlSeconds: tokenOptions.ttlSeconds ?? 300,
          ...(tokenOptions.issuedAt === undefined ? {} : { issuedAt: tokenOptions.issuedAt }),
        },
      ),
    rotateKey: async () => {
      const previous = signer;
      signer = await LocalSigner.generate();
      published = [signer.publicJwk, previous.publicJwk];
    },
    jwksFetches: () => fetches,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
