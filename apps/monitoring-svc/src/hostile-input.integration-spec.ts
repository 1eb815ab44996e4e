import { hostileInputCallers } from '@kzps/auth/testing';
import { describeHostileInput, TestClock } from '@kzps/testing';
import { startService } from './test/harness';
import { monitoringRelationFixtures } from './test/relation-fixtures';

const clock = new TestClock(new Date('2026-09-02T04:00:00Z'));

describeHostileInput({
  service: 'monitoring-svc',
  pathPrefix: '/api/v1/monitoring',
  seed: 202003,
  startTimeout: 60_000,
  start: () => startService('monitoring_hostile', clock),
  reach: (service) => ({
    inject: (options) => service.app.getHttpAdapter().getInstance().inject(options),
    databaseUrl: service.databaseUrl,
    callers: hostileInputCallers(service.issuer),
    close: service.stop,
  }),
  relations: {
    others: 'a caller of another organisation or person',
    cells: 38,
    fixtures: (service) => monitoringRelationFixtures(service, clock),
  },
});
