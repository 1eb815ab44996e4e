import { ROLES } from '@kzps/auth';
import { expectNoHostileWrites, TestClock } from '@kzps/testing';
import type { InjectOptions } from 'fastify';
import { startService, type RunningService } from './test/harness';

/**
 * Issue 13: a hostile-input corpus sent to every write endpoint monitoring-svc documents (a new endpoint joins
 * by being in the OpenAPI document), as a caller holding every role, so no request stops at the guard.
 */
describe('monitoring-svc under hostile input', () => {
  let service: RunningService;

  beforeAll(async () => {
    service = await startService('monitoring_hostile', new TestClock(new Date('2026-09-02T04:00:00Z')));
  }, 60_000);

  afterAll(async () => {
    await service?.stop();
  });

  it('answers every hostile write with a 4xx problem+json and writes nothing', async () => {
    const inject = (options: InjectOptions) => service.app.getHttpAdapter().getInstance().inject(options);
    const token = await service.issuer.token({ subject: 'hostile-corpus', roles: [...ROLES] });
    await expectNoHostileWrites(inject, { databaseUrl: service.databaseUrl, token });
  });
});
