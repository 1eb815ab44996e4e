import { TestClock } from '@kzps/testing';
import { entryRequests, type EntryRequests } from './registry-entry-requests';
import { createFixture, type Fixture } from './registry-fixtures';
import { startRegistryTestApp, type RegistryTestApp } from './registry-test-app';

/** A describe's app on a clock its tests move, with the fixture and the entry requests. */
export interface RegistrySuite {
  clock: TestClock;
  t: RegistryTestApp;
  f: Fixture;
  r: EntryRequests;
}

/**
 * Starts the app before the describe's tests and closes it after them; each test starts at the real now
 * (the clock is set back after every test). Read the fields inside tests, once `beforeAll` has run.
 */
export function registrySuite(): RegistrySuite {
  const suite = { clock: new TestClock(new Date()) } as RegistrySuite;
  beforeAll(async () => {
    suite.t = await startRegistryTestApp({}, suite.clock);
    suite.f = await createFixture(suite.t);
    suite.r = entryRequests(suite.t, suite.f);
  });
  afterEach(() => suite.clock.set(new Date()));
  afterAll(async () => {
    await suite.t?.close();
  });
  return suite;
}
