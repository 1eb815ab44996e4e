import { localDateOf } from '@kzps/calendar';
import { eventually } from '@kzps/testing';
import { DataSource } from 'typeorm';
import { entryRequests } from '../test/registry-entry-requests';
import { createFixture } from '../test/registry-fixtures';
import { startRegistryTestApp, type RegistryTestApp } from '../test/registry-test-app';
import { ScheduledVersionsWatcher } from './scheduled-versions.watcher';

/**
 * A decree recorded for a later day, whose day then comes while the service runs: the test moves the
 * recorded effective date to today in the database (the clock cannot be moved under a running app).
 * Returns how to read the entry's status (a draft is visible to the authority only).
 */
async function decreeFallingDueToday(t: RegistryTestApp): Promise<() => Promise<string>> {
  const f = await createFixture(t);
  const r = entryRequests(t, f);
  const id = await r.draft();
  const recorded = await r.action(id, 'inclusion', {
    decreeNumber: '1218',
    decreeDate: '2025-03-18',
    effectiveDate: '2099-01-01',
  });
  expect(recorded.json()).toMatchObject({ status: 'draft', pending: [{ change: 'included' }] });
  await t.app
    .get(DataSource)
    .query(
      `UPDATE service_entry_version SET effective_date = $1 WHERE service_id = $2 AND change = 'included'`,
      [localDateOf(new Date()), id],
    );
  return async () => (await r.read(`/services/${id}`, f.writer)).json<{ status: string }>().status;
}

describe('how often the scheduled-versions watcher looks (SCHEDULE_WATCH_INTERVAL_MS)', () => {
  let fast: RegistryTestApp;
  let standard: RegistryTestApp;

  beforeAll(async () => {
    fast = await startRegistryTestApp({ SCHEDULE_WATCH_INTERVAL_MS: '200' });
    standard = await startRegistryTestApp();
  });

  afterAll(async () => {
    await fast?.close();
    await standard?.close();
  });

  it('applies a decree whose day has come at its next look, every SCHEDULE_WATCH_INTERVAL_MS', async () => {
    const status = await decreeFallingDueToday(fast);
    await eventually(async () => (await status()) === 'included', 'the watcher to apply the decree');
  });

  it('looks once a minute by default, so the same decree waits for that look', async () => {
    expect(standard.config.SCHEDULE_WATCH_INTERVAL_MS).toBe(60_000);
    const status = await decreeFallingDueToday(standard);
    expect(await status()).toBe('draft');
    // The look the minute brings, taken now: it is what applies the decree.
    await standard.app.get(ScheduledVersionsWatcher).tick();
    expect(await status()).toBe('included');
  });
});
