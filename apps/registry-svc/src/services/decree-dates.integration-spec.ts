import { createFixture } from '../test/registry-fixtures';
import { entryRequests, type EntryRequests } from '../test/registry-entry-requests';
import { startRegistryTestApp, type RegistryTestApp } from '../test/registry-test-app';

/**
 * Issue 13, defect 3: a decree's dates are computed with by the calendar (when it takes effect), which
 * covers 2005-2099; a date outside answered 500 CALENDAR_OUT_OF_RANGE (exclusion) or was stored for the year 9999
 * (amendment). Refused at the edge, naming the range.
 */
describe('decree dates outside the calendar’s years', () => {
  let t: RegistryTestApp;
  let r: EntryRequests;
  let id: string;

  beforeAll(async () => {
    t = await startRegistryTestApp();
    r = entryRequests(t, await createFixture(t));
    id = await r.included();
  });

  afterAll(async () => {
    await t?.close();
  });

  it.each([
    [
      'an exclusion taking effect on 9999-12-31',
      'exclusion',
      { effectiveDate: '9999-12-31' },
      'effectiveDate',
    ],
    [
      'an amendment taking effect in the year 9999',
      'amendments',
      { effectiveDate: '9999-01-01', changes: { termWorkingDays: 2 } },
      'effectiveDate',
    ],
    [
      'an amendment by an act dated 1900',
      'amendments',
      { decreeDate: '1900-01-01', changes: { paid: true } },
      'decreeDate',
    ],
  ] as const)('refuses %s with 400 naming the range', async (_name, action, dates, field) => {
    const response = await r.action(id, action, { decreeNumber: '77', decreeDate: '2026-01-05', ...dates });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({
      code: 'VALIDATION_FAILED',
      errors: [
        {
          field,
          constraint: 'isCalendarDate',
          message: `${field} must be a date YYYY-MM-DD from 2005-01-01 to 2099-12-31, the years the calendar covers`,
        },
      ],
    });
    // Nothing recorded: the entry has its draft and its inclusion only.
    const versions = await r.read(`/services/${id}/versions`, await t.token(['public-services-authority']));
    expect(versions.json<{ items: Array<{ change: string }> }>().items.map((v) => v.change)).toEqual([
      'created',
      'included',
    ]);
  });
});
