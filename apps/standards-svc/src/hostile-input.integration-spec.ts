import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { ROLES, type Role } from '@kzps/auth';
import { AUTHORIZATION_MATRIX, hostileTokens, startTestIssuer, type TestIssuer } from '@kzps/auth/testing';
import {
  createTestDatabase,
  expectGeneratedInputHandled,
  expectTokensRefused,
  matrixMismatches,
  expectNoHostileWrites,
  relationMismatches,
  startTestBroker,
  TestClock,
  type RunningTestBroker,
  type TestDatabase,
} from '@kzps/testing';
import type { InjectOptions } from 'fastify';
import { exampleTimes } from './common/api-examples';
import { caller, startApp, testConfig, testKafka } from './test/harness';
import { standardsRelationFixtures } from './test/relation-fixtures';

/** The organisation every matrix caller acts for: one no record names, so only the role is judged. */
const MATRIX_ORGANIZATION = '0b6f1c2e-7d4a-4e59-9a3b-5c8d2e1f4a70';

/**
 * Issue 13: a hostile-input corpus sent to every write endpoint standards-svc documents (a new endpoint
 * joins by being in the OpenAPI document), as a caller holding every role, so no request stops at the
 * guard. A broker of the file's own: events other tests publish on the run's broker would write here.
 * Issue 20: 2,000 more generated from its OpenAPI schemas, one field wrong at a time.
 */
describe('standards-svc under hostile input', () => {
  let database: TestDatabase;
  let broker: RunningTestBroker;
  let issuer: TestIssuer;
  let app: NestFastifyApplication;
  const clock = new TestClock(new Date(exampleTimes.includedAt));

  beforeAll(async () => {
    database = await createTestDatabase('standards_hostile');
    broker = await startTestBroker();
    issuer = await startTestIssuer();
    app = await startApp(testConfig({ databaseUrl: database.url, issuer, brokers: broker.address }), clock);
  });

  afterAll(async () => {
    await app?.close();
    await issuer?.close();
    await broker?.stop();
    await database?.drop();
  });

  it('answers every hostile write with a 4xx problem+json and writes nothing', async () => {
    const inject = (options: InjectOptions) => app.getHttpAdapter().getInstance().inject(options);
    const token = await issuer.token({ subject: 'hostile-corpus', roles: [...ROLES] });
    await expectNoHostileWrites(inject, { databaseUrl: database.url, token });
  });

  it('answers 2,000 generated writes without a 5xx, with problem+json errors and no partial write', async () => {
    const inject = (options: InjectOptions) => app.getHttpAdapter().getInstance().inject(options);
    const token = await issuer.token({ subject: 'generated-input', roles: [...ROLES] });
    await expectGeneratedInputHandled(inject, {
      databaseUrl: database.url,
      headers: { authorization: `Bearer ${token}` },
      requests: 2_000,
      seed: 202004,
    });
  }, 900_000);

  it('answers 401 problem+json to an expired, tampered, alg=none, foreign, wrong-audience or wrong-issuer token', async () => {
    const inject = (options: InjectOptions) => app.getHttpAdapter().getInstance().inject(options);
    const tokens = await hostileTokens(issuer, { subject: 'hostile-token', roles: [...ROLES] });
    await expectTokensRefused(inject, { databaseUrl: database.url, tokens });
  });

  it('lets each role do what the authorisation matrix allows and nothing else', async () => {
    const inject = (options: InjectOptions) => app.getHttpAdapter().getInstance().inject(options);
    const mismatches = await matrixMismatches(inject, {
      matrix: AUTHORIZATION_MATRIX,
      roles: ROLES,
      pathPrefix: '/api/v1/standards',
      tokenFor: (role) =>
        issuer.token({
          subject: `matrix-${role}`,
          roles: [role as Role],
          organizationId: MATRIX_ORGANIZATION,
        }),
    });
    expect(mismatches).toEqual([]);
  });

  it('refuses each `own` operation to an officer of another body or another person, and lets the one concerned past', async () => {
    const inject = (options: InjectOptions) => app.getHttpAdapter().getInstance().inject(options);
    const kafka = testKafka(broker.address);
    const call = caller(() => ({ app, issuer }));
    const report = await relationMismatches(inject, {
      matrix: AUTHORIZATION_MATRIX,
      pathPrefix: '/api/v1/standards',
      fixtures: await standardsRelationFixtures({ app, call, clock, kafka }),
      token: (identity) => issuer.token(identity),
      databaseUrl: database.url,
    });
    expect(report.mismatches).toEqual([]);
    expect(report.cells).toHaveLength(23);
  }, 300_000);
});
