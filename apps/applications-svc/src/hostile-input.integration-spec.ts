import { hostileInputCallers } from '@kzps/auth/testing';
import { describeHostileInput, TestClock } from '@kzps/testing';
import { startService } from './test/harness';
import { applicationsRelationFixtures } from './test/relation-fixtures';

const STARTED_AT = '2026-03-02T04:00:00Z';

describeHostileInput({
  service: 'applications-svc',
  pathPrefix: '/api/v1/applications',
  seed: 202001,
  start: () => startService('applications_hostile', new TestClock(new Date(STARTED_AT))),
  reach: (service) => ({
    inject: (options) => service.app.getHttpAdapter().getInstance().inject(options),
    databaseUrl: service.databaseUrl,
    callers: hostileInputCallers(service.issuer),
    close: service.stop,
  }),
  relations: {
    others: 'a caller of another organisation or person',
    cells: 19,
    fixtures: (service) => applicationsRelationFixtures(service, new Date(STARTED_AT)),
    // Art. 14.2: a refused intake is itself recorded (the refusal, its receipt, audit and event), which the
    // generated input's no-write check would count as a partial write.
    notForGeneratedInput: 'a refused intake is recorded (Art. 14.2)',
  },
});
