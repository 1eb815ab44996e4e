import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { ROLES } from '@kzps/auth';
import { startTestIssuer, type TestIssuer } from '@kzps/auth/testing';
import {
  createTestDatabase,
  expectNoHostileWrites,
  startTestBroker,
  TestClock,
  type RunningTestBroker,
  type TestDatabase,
} from '@kzps/testing';
import type { InjectOptions } from 'fastify';
import { exampleTimes } from './common/api-examples';
import { startApp, testConfig } from './test/harness';

/**
 * Issue 13: a hostile-input corpus sent to every write endpoint standards-svc documents (a new endpoint
 * joins by being in the OpenAPI document), as a caller holding every role, so no request stops at the
 * guard. A broker of the file's own: events other tests publish on the run's broker would write here.
 */
describe('standards-svc under hostile input', () => {
  let database: TestDatabase;
  let broker: RunningTestBroker;
  let issuer: TestIssuer;
  let app: NestFastifyApplication;

  beforeAll(async () => {
    database = await createTestDatabase('standards_hostile');
    broker = await startTestBroker();
    issuer = await startTestIssuer();
    const clock = new TestClock(new Date(exampleTimes.includedAt));
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
});
