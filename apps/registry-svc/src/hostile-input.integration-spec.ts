import { ROLES } from '@kzps/auth';
import { expectNoHostileWrites } from '@kzps/testing';
import { startRegistryTestApp, type RegistryTestApp } from './test/registry-test-app';

/**
 * Issue 13: a hostile-input corpus sent to every write endpoint registry-svc documents (a new endpoint joins
 * by being in the OpenAPI document), as a caller holding every role, so no request stops at the guard.
 */
describe('registry-svc under hostile input', () => {
  let t: RegistryTestApp;

  beforeAll(async () => {
    t = await startRegistryTestApp();
  });

  afterAll(async () => {
    await t?.close();
  });

  it('answers every hostile write with a 4xx problem+json and writes nothing', async () => {
    const token = await t.token([...ROLES], 'hostile-corpus');
    await expectNoHostileWrites(t.inject, { databaseUrl: t.database.url, token });
  });
});
