import { hostileInputCallers } from '@kzps/auth/testing';
import { describeHostileInput, TestClock } from '@kzps/testing';
import { startService } from './test/harness';
import { complaintsRelationFixtures } from './test/relation-fixtures';

describeHostileInput({
  service: 'complaints-svc',
  pathPrefix: '/api/v1/complaints',
  seed: 202002,
  start: () => startService('complaints_hostile', new TestClock(new Date('2026-03-02T04:00:00Z'))),
  reach: (service) => ({
    inject: (options) => service.app.getHttpAdapter().getInstance().inject(options),
    databaseUrl: service.env.DATABASE_URL,
    callers: hostileInputCallers(service.issuer),
    close: service.stop,
  }),
  relations: {
    others: 'an officer of another body or another person',
    cells: 41,
    fixtures: complaintsRelationFixtures,
  },
});
