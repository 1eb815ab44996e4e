import { ROLES } from '@kzps/auth';
import { hostileInputCallers } from '@kzps/auth/testing';
import { describeHostileInput } from '@kzps/testing';
import { registryRelationFixtures } from './test/relation-fixtures';
import { startRegistryTestApp } from './test/registry-test-app';

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
    // The caller of every role acts for the designated public-services authority, so no write stops at
    // the registry's own check (Art. 6.3, D38) before its input is judged.
    callers: { ...hostileInputCallers(t.issuer), everyRole: (subject) => t.token([...ROLES], subject) },
    close: t.close,
  }),
  relations: {
    others: 'a public-services-authority officer of a body no act designates (Art. 6.3, D38)',
    cells: 13,
    fixtures: (t) => registryRelationFixtures(t),
  },
});
