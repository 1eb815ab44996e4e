import { DomainError } from '@kzps/platform';
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

describe('bearerToken', () => {
  it('reads a Bearer token and refuses other schemes', () => {
    expect(bearerToken(undefined)).toBeUndefined();
    expect(bearerToken('Bearer a.b.c')).toBe('a.b.c');
    expect(() => bearerToken('Basic dXNlcjpwYXNz')).toThrow(DomainError);
    expect(() => bearerToken('Bearer not-a-jwt')).toThrow(DomainError);
  });
});
