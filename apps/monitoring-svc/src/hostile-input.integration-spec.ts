import { ROLES, type Role } from '@kzps/auth';
import { AUTHORIZATION_MATRIX, hostileTokens } from '@kzps/auth/testing';
import {
  expectGeneratedInputHandled,
  expectTokensRefused,
  matrixMismatches,
  expectNoHostileWrites,
  relationMismatches,
  TestClock,
} from '@kzps/testing';
import type { InjectOptions } from 'fastify';
import { startService, type RunningService } from './test/harness';
import { monitoringRelationFixtures } from './test/relation-fixtures';

/** The organisation every matrix caller acts for: one no record names, so only the role is judged. */
const MATRIX_ORGANIZATION = '0b6f1c2e-7d4a-4e59-9a3b-5c8d2e1f4a70';

/**
 * Issue 13: a hostile-input corpus sent to every write endpoint monitoring-svc documents (a new endpoint joins
 * by being in the OpenAPI document), as a caller holding every role, so no request stops at the guard.
 * Issue 20: 2,000 more generated from its OpenAPI schemas, one field wrong at a time.
 */
describe('monitoring-svc under hostile input', () => {
  let service: RunningService;
  const clock = new TestClock(new Date('2026-09-02T04:00:00Z'));

  beforeAll(async () => {
    service = await startService('monitoring_hostile', clock);
  }, 60_000);

  afterAll(async () => {
    await service?.stop();
  });

  it('answers every hostile write with a 4xx problem+json and writes nothing', async () => {
    const inject = (options: InjectOptions) => service.app.getHttpAdapter().getInstance().inject(options);
    const token = await service.issuer.token({ subject: 'hostile-corpus', roles: [...ROLES] });
    await expectNoHostileWrites(inject, { databaseUrl: service.databaseUrl, token });
  });

  it('answers 2,000 generated writes without a 5xx, with problem+json errors and no partial write', async () => {
    const inject = (options: InjectOptions) => service.app.getHttpAdapter().getInstance().inject(options);
    const token = await service.issuer.token({ subject: 'generated-input', roles: [...ROLES] });
    await expectGeneratedInputHandled(inject, {
      databaseUrl: service.databaseUrl,
      headers: { authorization: `Bearer ${token}` },
      requests: 2_000,
      seed: 202003,
    });
  }, 900_000);

  it('answers 401 problem+json to an expired, tampered, alg=none, foreign, wrong-audience or wrong-issuer token', async () => {
    const inject = (options: InjectOptions) => service.app.getHttpAdapter().getInstance().inject(options);
    const tokens = await hostileTokens(service.issuer, { subject: 'hostile-token', roles: [...ROLES] });
    await expectTokensRefused(inject, { databaseUrl: service.databaseUrl, tokens });
  });

  it('lets each role do what the authorisation matrix allows and nothing else', async () => {
    const inject = (options: InjectOptions) => service.app.getHttpAdapter().getInstance().inject(options);
    const mismatches = await matrixMismatches(inject, {
      matrix: AUTHORIZATION_MATRIX,
      roles: ROLES,
      pathPrefix: '/api/v1/monitoring',
      tokenFor: (role) =>
        service.issuer.token({
          subject: `matrix-${role}`,
          roles: [role as Role],
          organizationId: MATRIX_ORGANIZATION,
        }),
    });
    expect(mismatches).toEqual([]);
  });

  it('refuses each `own` operation to a caller of another organisation or person, and lets the one concerned past', async () => {
    const inject = (options: InjectOptions) => service.app.getHttpAdapter().getInstance().inject(options);
    const report = await relationMismatches(inject, {
      matrix: AUTHORIZATION_MATRIX,
      pathPrefix: '/api/v1/monitoring',
      fixtures: await monitoringRelationFixtures(service, clock),
      token: (identity) => service.issuer.token(identity),
      databaseUrl: service.databaseUrl,
    });
    expect(report.mismatches).toEqual([]);
    expect(report.cells).toHaveLength(38);
  }, 300_000);
});
