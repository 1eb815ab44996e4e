import { eventually, TestClock } from '@kzps/testing';
import { entryRequests } from '../test/registry-entry-requests';
import { createFixture } from '../test/registry-fixtures';
import { startRegistryTestApp, type RegistryTestApp } from '../test/registry-test-app';
import { ScheduledVersionsWatcher } from './scheduled-versions.watcher';

/**
 * A decree recorded for a later day, whose day then comes while the service runs: the test moves the app's
 * clock to 00:00 of that day in Kazakhstan. Returns how to read the entry's status (a draft is visible to
 * the authority only).
 */
async function decreeFallingDue(t: RegistryTestApp, clock: TestClock): Promise<() => Promise<string>> {
  const f = await createFixture(t);
  const r = entryRequests(t, f);
  const id = await r.draft();
  const recorded = await r.action(id, 'inclusion', {
    decreeNumber: '1218',
    decreeDate: '2025-03-18',
    effectiveDate: '2099-01-01',
  });
  expect(recorded.json()).toMatchObject({ status: 'draft', pending: [{ change: 'included' }] });
  clock.set('2098-12-31T19:00:00Z');
  return async () => (await r.read(`/services/${id}`, f.writer)).json<{ status: string }>().status;
}

describe('how often the scheduled-versions watcher looks (SCHEDULE_WATCH_INTERVAL_MS)', () => {
  let fast: RegistryTestApp;
  let standard: RegistryTestApp;
  const fastClock = new TestClock(new Date());
  const standardClock = new TestClock(new Date());

  beforeAll(async () => {
    fast = await startRegistryTestApp({ SCHEDULE_WATCH_INTERVAL_MS: '200' }, fastClock);
    standard = await startRegistryTestApp({}, standardClock);
  });

  afterAll(async () => {
    await fast?.close();
    await standard?.close();
  });

  it('applies a decree whose day has come at its next look, every SCHEDULE_WATCH_INTERVAL_MS', async () => {
    const status = await decreeFallingDue(fast, fastClock);
    await eventually(async () => (await status()) === 'included', 'the watcher to apply the decree');
  });

  it('looks once a minute by default, so the same decree waits for that look', async () => {
    expect(standard.config.SCHEDULE_WATCH_INTERVAL_MS).toBe(60_000);
    const status = await decreeFallingDue(standard, standardClock);
    expect(await status()).toBe('draft');
    // The look the minute brings, taken now: it is what applies the decree.
    await standard.app.get(ScheduledVersionsWatcher).tick();
    expect(await status()).toBe('included');
  });
});
