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
  },
  recordedRefusals: [
    {
      answer: '422 DOCUMENTS_INCOMPLETE',
      law: 'Art. 14.2: a desk refusing an incomplete document set records the refusal',
      record: 'intake_refusal',
      // Its event (monitoring counts refusals), its audit record, and the key it claimed with the answer a
      // retry with the same Idempotency-Key replays instead of refusing twice (D33).
      alongside: [
        'outbox_message INSERT',
        'audit_record INSERT',
        'idempotency_key INSERT',
        'idempotency_key UPDATE',
      ],
    },
  ],
});
