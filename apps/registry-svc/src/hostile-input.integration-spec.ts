import { ROLES, type Role } from '@kzps/auth';
import { AUTHORIZATION_MATRIX, hostileTokens } from '@kzps/auth/testing';
import {
  expectGeneratedInputHandled,
  expectTokensRefused,
  matrixMismatches,
  relationMismatches,
  expectNoHostileWrites,
} from '@kzps/testing';
import type { InjectOptions } from 'fastify';
import { startRegistryTestApp, type RegistryTestApp } from './test/registry-test-app';

/** The organisation every matrix caller acts for: one no record names, so only the role is judged. */
const MATRIX_ORGANIZATION = '0b6f1c2e-7d4a-4e59-9a3b-5c8d2e1f4a70';

/**
 * Issue 13: a hostile-input corpus sent to every write endpoint registry-svc documents (a new endpoint joins
 * by being in the OpenAPI document), as a caller holding every role, so no request stops at the guard.
 * Issue 20: 2,000 more generated from its OpenAPI schemas, one field wrong at a time.
 */
describe('registry-svc under hostile input', () => {
  let t: RegistryTestApp;

  beforeAll(async () => {
    t = await startRegistryTestApp();
  });

  afterAll(async () => {
    await t?.close();
  });

  it('answers every hostile write with a 4xx problem+json and writes nothing', async () => {
    const token = await t.token([...ROLES], 'hostile-corpus');
    await expectNoHostileWrites(t.inject, { databaseUrl: t.database.url, token });
  });

  it('answers 2,000 generated writes without a 5xx, with problem+json errors and no partial write', async () => {
    const token = await t.token([...ROLES], 'generated-input');
    await expectGeneratedInputHandled(t.inject, {
      databaseUrl: t.database.url,
      headers: { authorization: `Bearer ${token}` },
      requests: 2_000,
      seed: 202005,
      backgroundUpdates: ['import_job'],
    });
  }, 900_000);

  it('answers 401 problem+json to an expired, tampered, alg=none, foreign, wrong-audience or wrong-issuer token', async () => {
    const inject = (options: InjectOptions) => t.inject(options);
    const tokens = await hostileTokens(t.issuer, { subject: 'hostile-token', roles: [...ROLES] });
    await expectTokensRefused(inject, { databaseUrl: t.database.url, tokens });
  });

  it('lets each role do what the authorisation matrix allows and nothing else', async () => {
    const inject = (options: InjectOptions) => t.inject(options);
    const mismatches = await matrixMismatches(inject, {
      matrix: AUTHORIZATION_MATRIX,
      roles: ROLES,
      pathPrefix: '/api/v1/registry',
      tokenFor: (role) =>
        t.issuer.token({
          subject: `matrix-${role}`,
          roles: [role as Role],
          organizationId: MATRIX_ORGANIZATION,
        }),
    });
    expect(mismatches).toEqual([]);
  });

  it('has no `own` operation without a fixture that obtains its resource', async () => {
    // registry-svc's acts are the public-services authority's by role (Art. 6.3); none concerns an organisation
    // a caller acts for. A row that comes to say otherwise fails here until a fixture obtains its resource.
    const report = await relationMismatches(t.inject, {
      matrix: AUTHORIZATION_MATRIX,
      pathPrefix: '/api/v1/registry',
      fixtures: {},
      token: (identity: { subject: string; roles: readonly Role[] }) => t.issuer.token(identity),
      databaseUrl: t.database.url,
    });
    expect(report.mismatches).toEqual([]);
    expect(report.cells).toEqual([]);
  });
});
