import { hostileInputCallers } from '@kzps/auth/testing';
import { describeHostileInput } from '@kzps/testing';
import { startRegistryTestApp } from './test/registry-test-app';

// No relation fixtures: registry-svc's acts are the public-services authority's by role (Art. 6.3); none
// concerns an organisation a caller acts for, so the suite checks that no `own` row names one of them.
describeHostileInput({
  service: 'registry-svc',
  pathPrefix: '/api/v1/registry',
  seed: 202005,
  // An import job's row is updated by the job's own run after the request that started it has answered.
  backgroundUpdates: ['import_job'],
  start: () => startRegistryTestApp(),
  reach: (t) => ({
    inject: t.inject,
    databaseUrl: t.database.url,
    callers: hostileInputCallers(t.issuer),
    close: t.close,
  }),
});
