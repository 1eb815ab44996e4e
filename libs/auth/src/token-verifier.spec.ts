import { createRemoteJWKSet, type JWTVerifyGetKey } from 'jose';
import { Clock, DomainError } from '@kzps/platform';
import type { AuthOptions } from './auth-options';
import { startTestIssuer, type TestIssuer } from './testing/test-issuer';
import { bearerToken, TokenVerifier } from './token-verifier';

const officer = {
  subject: 'u-1001',
  roles: ['provider-officer' as const],
  organizationId: 'org-050140000656',
};

async function codeOf(attempt: Promise<unknown>): Promise<string> {
  try {
    await attempt;
  } catch (error) {
    if (error instanceof DomainError) return error.code;
    throw error;
  }
  throw new Error('expected a DomainError');
}

describe('TokenVerifier', () => {
  let issuer: TestIssuer;
  let verifier: TokenVerifier;

  beforeAll(async () => {
    issuer = await startTestIssuer();
    verifier = new TokenVerifier(issuer.authOptions);
  });

  afterAll(() => issuer.close());

  it('turns a valid token into an identity', async () => {
    const token = await issuer.token({ ...officer, roles: ['provider-officer', 'admin'], pscId: 'psc-1' });
    const identity = await verifier.verify(token);
    expect(identity).toMatchObject({
      subject: 'u-1001',
      roles: ['provider-officer', 'admin'],
      organizationId: 'org-050140000656',
      pscId: 'psc-1',
    });
    expect(identity.expiresAt.getTime()).toBeGreaterThan(Date.now());
  });

  it('reads Keycloak realm roles and ignores roles it does not know', async () => {
    const token = await issuer.token(
      { subject: 'u-2', roles: [] },
      { extraClaims: { realm_access: { roles: ['recipient', 'offline_access'] }, iin: '850101300123' } },
    );
    expect(await verifier.verify(token)).toMatchObject({ roles: ['recipient'], iin: '850101300123' });
  });

  it('refuses an expired token as TOKEN_EXPIRED', async () => {
    const token = await issuer.token(officer, { ttlSeconds: -60 });
    expect(await codeOf(verifier.verify(token))).toBe('TOKEN_EXPIRED');
  });

  it('refuses a token issued in the future, beyond the clock tolerance', async () => {
    const inAnHour = Math.floor(Date.now() / 1000) + 3600;
    const token = await issuer.token(officer, { issuedAt: inAnHour });
    expect(await codeOf(verifier.verify(token))).toBe('TOKEN_INVALID');
  });

  it('refuses a token whose lifetime is longer than the bound (24 h by default)', async () => {
    const tenYears = 10 * 365 * 24 * 60 * 60;
    expect(await codeOf(verifier.verify(await issuer.token(officer, { ttlSeconds: tenYears })))).toBe(
      'TOKEN_INVALID',
    );
    const day = new TokenVerifier({ ...issuer.authOptions, maxTokenLifetimeSeconds: 2 * 24 * 60 * 60 });
    expect(await day.verify(await issuer.token(officer, { ttlSeconds: 36 * 60 * 60 }))).toMatchObject({
      subject: officer.subject,
    });
    expect(await codeOf(verifier.verify(await issuer.token(officer, { ttlSeconds: 36 * 60 * 60 })))).toBe(
      'TOKEN_INVALID',
    );
  });

  it('refuses a token whose payload was altered', async () => {
    const [header, payload, signature] = (await issuer.token(officer)).split('.');
    const claims = JSON.parse(Buffer.from(payload ?? '', 'base64url').toString()) as Record<string, unknown>;
    const forged = Buffer.from(JSON.stringify({ ...claims, roles: ['admin'] })).toString('base64url');
    expect(await codeOf(verifier.verify(`${header}.${forged}.${signature}`))).toBe('TOKEN_INVALID');
  });

  it('refuses a token signed by a key the issuer does not publish', async () => {
    const token = await issuer.token(officer, { foreignKey: true });
    expect(await codeOf(verifier.verify(token))).toBe('TOKEN_INVALID');
  });

  it('refuses another audience, another issuer, and an ID token', async () => {
    expect(await codeOf(verifier.verify(await issuer.token(officer, { audience: 'other-app' })))).toBe(
      'TOKEN_INVALID',
    );
    expect(
      await codeOf(verifier.verify(await issuer.token(officer, { issuer: 'https://evil.example/realms/x' }))),
    ).toBe('TOKEN_INVALID');
    expect(await codeOf(verifier.verify(await issuer.token(officer, { extraClaims: { typ: 'ID' } })))).toBe(
      'TOKEN_INVALID',
    );
  });

  it('refuses a malformed IIN claim', async () => {
    const token = await issuer.token({ subject: 'u-3', roles: ['recipient'], iin: '12345' });
    expect(await codeOf(verifier.verify(token))).toBe('TOKEN_INVALID');
  });

  it('caches the keys and picks up a rotated key', async () => {
    const own = new TokenVerifier({ ...issuer.authOptions, jwksCooldownMs: 0 });
    const before = issuer.jwksFetches();
    await own.verify(await issuer.token(officer));
    await own.verify(await issuer.token(officer));
    expect(issuer.jwksFetches() - before).toBe(1);
    await issuer.rotateKey();
    await expect(own.verify(await issuer.token(officer))).resolves.toMatchObject({ subject: 'u-1001' });
    expect(issuer.jwksFetches() - before).toBe(2);
  });

  it('answers 503-class IDENTITY_PROVIDER_UNAVAILABLE when the JWKS cannot be fetched', async () => {
    const other = await startTestIssuer();
    const token = await other.token(officer);
    const stranded = new TokenVerifier(other.authOptions);
    await other.close();
    expect(await codeOf(stranded.verify(token))).toBe('IDENTITY_PROVIDER_UNAVAILABLE');
  });
});

/**
 * The machine's time, which the test issuer stamps its tokens with, moved by the test. It keeps running
 * between moves: a frozen clock falls behind the issuer's on a slow machine, and a token issued a minute
 * into the test would look issued in the future.
 */
class MovableClock extends Clock {
  private offsetMs = 0;
  move(ms: number): void {
    this.offsetMs += ms;
  }
  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }
}

describe('TokenVerifier: a verified token is remembered (D39)', () => {
  let issuer: TestIssuer;
  let clock: MovableClock;
  /** Full checks made: every one asks the key source for the token's key. */
  let checks: number;
  let keySet: JWTVerifyGetKey;

  beforeAll(async () => {
    issuer = await startTestIssuer();
    const remote = createRemoteJWKSet(new URL(issuer.jwksUrl));
    keySet = (header, token) => {
      checks += 1;
      return remote(header, token);
    };
  });

  afterAll(() => issuer.close());

  beforeEach(() => {
    clock = new MovableClock();
    checks = 0;
  });

  const counted = (options: Partial<AuthOptions> = {}) =>
    new TokenVerifier({ ...issuer.authOptions, jwksUrl: undefined, keySet, ...options }, clock);
  const tokenOf = (subject: string, ttlSeconds = 300) =>
    issuer.token({ ...officer, subject }, { ttlSeconds });

  it('checks a token’s signature once and answers its repeats from memory', async () => {
    const verifier = counted();
    const token = await tokenOf('u-1');
    const first = await verifier.verify(token);
    expect(await verifier.verify(token)).toEqual(first);
    expect(verifier.verifyHeaderSoon(`Bearer ${token}`)).toEqual(first);
    expect(checks).toBe(1);
  });

  it('re-checks exp by the clock on every hit: a remembered token is refused once it has expired', async () => {
    const verifier = counted();
    const token = await tokenOf('u-1', 30);
    await verifier.verify(token);
    clock.move(31_000);
    expect(await codeOf(verifier.verify(token))).toBe('TOKEN_EXPIRED');
    expect(verifier.verifiedTokenCount).toBe(0);
  });

  it('re-checks nbf and iat by the clock on every hit: a clock set back refuses a remembered token', async () => {
    const verifier = counted();
    const token = await tokenOf('u-1');
    await verifier.verify(token);
    clock.move(-10 * 60_000);
    expect(await codeOf(verifier.verify(token))).toBe('TOKEN_INVALID');
  });

  it('never serves a tampered token from memory: any other character is a full check that fails', async () => {
    const verifier = counted();
    const token = await tokenOf('u-1');
    await verifier.verify(token);
    const [header, payload, signature] = token.split('.') as [string, string, string];
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString()) as Record<string, unknown>;
    const raised = Buffer.from(JSON.stringify({ ...claims, roles: ['admin'] })).toString('base64url');
    const flipped = `${signature.slice(0, -2)}${signature.endsWith('AA') ? 'BB' : 'AA'}`;
    for (const tampered of [`${header}.${raised}.${signature}`, `${header}.${payload}.${flipped}`]) {
      expect(await codeOf(verifier.verify(tampered))).toBe('TOKEN_INVALID');
    }
    expect(checks).toBe(3);
    expect(verifier.verifiedTokenCount).toBe(1);
  });

  it('never remembers a refusal: a refused token is checked in full every time', async () => {
    const verifier = counted();
    const expired = await issuer.token(officer, {
      issuedAt: Math.floor(clock.now().getTime() / 1000) - 600,
      ttlSeconds: 60,
    });
    expect(await codeOf(verifier.verify(expired))).toBe('TOKEN_EXPIRED');
    expect(await codeOf(verifier.verify(expired))).toBe('TOKEN_EXPIRED');
    expect(checks).toBe(2);
    expect(verifier.verifiedTokenCount).toBe(0);
  });

  it('keeps at most verifiedTokenCacheSize tokens, dropping the least recently used', async () => {
    const verifier = counted({ verifiedTokenCacheSize: 2 });
    const [one, two, three] = await Promise.all([tokenOf('u-1'), tokenOf('u-2'), tokenOf('u-3')]);
    for (const token of [one, two, one, three]) await verifier.verify(token);
    expect(verifier.verifiedTokenCount).toBe(2);
    checks = 0;
    await verifier.verify(one);
    await verifier.verify(two);
    expect(checks).toBe(1);
  });

  it('checks the signature again after verifiedTokenMaxAgeMs, so a withdrawn key stops opening the API', async () => {
    const verifier = counted({ verifiedTokenMaxAgeMs: 60_000 });
    const token = await tokenOf('u-1');
    await verifier.verify(token);
    clock.move(60_000);
    await verifier.verify(token);
    expect(checks).toBe(2);
  });

  it('forgets every remembered token when the issuer’s key set changes (key rotation)', async () => {
    const verifier = new TokenVerifier({ ...issuer.authOptions, jwksCooldownMs: 0 }, clock);
    const before = await tokenOf('u-1');
    await verifier.verify(before);
    expect(verifier.verifiedTokenCount).toBe(1);
    await issuer.rotateKey();
    // A token signed with the new key names an unknown kid: the keys are fetched again, and differ.
    await verifier.verify(await tokenOf('u-2'));
    expect(verifier.verifiedTokenCount).toBe(1);
    await expect(verifier.verify(before)).resolves.toMatchObject({ subject: 'u-1' });
    expect(verifier.verifiedTokenCount).toBe(2);
  });
});

describe('bearerToken', () => {
  it('reads a Bearer token and refuses other schemes', () => {
    expect(bearerToken(undefined)).toBeUndefined();
    expect(bearerToken('Bearer a.b.c')).toBe('a.b.c');
    expect(() => bearerToken('Basic dXNlcjpwYXNz')).toThrow(DomainError);
    expect(() => bearerToken('Bearer not-a-jwt')).toThrow(DomainError);
  });
});
