import { randomUUID } from 'node:crypto';
import type { Role } from '@kzps/auth';
import { DataSource } from 'typeorm';
import type { TestOrganization } from '../test/harness';
import { completeContent } from '../test/standard-fixtures';
import { standardAt } from '../test/standard-lifecycle';
import { designatedBodies, officerOf, useStandardsApp } from '../test/test-app';

// Issue 13, defect 3: the date of a state registration (Art. 7.2) and of the act approving a reglament
// (Art. 10) are dates the calendar computes with, which covers 2005-2099. Outside, they are refused at the
// edge naming the range, and nothing is written.

const ministry: TestOrganization = { id: randomUUID(), bin: '100000000010', kind: 'central-state-body' };
const akimat: TestOrganization = { id: randomUUID(), bin: '100000000021', kind: 'local-executive-body' };
const { psa, ia, justice } = designatedBodies();
const organizations = [ministry, akimat, psa, ia, justice];
const roleOf = new Map<string, Role>([
  [psa.id, 'public-services-authority'],
  [ia.id, 'informatization-authority'],
  [akimat.id, 'provider-officer'],
]);
const owner = officerOf(ministry, 'owner-officer');
const registrar = officerOf(justice, 'justice-officer');
const includedAt = new Date('2026-02-20T05:00:00Z');

const rangeProblem = (field: string) => ({
  code: 'VALIDATION_FAILED',
  errors: [
    {
      field,
      constraint: 'isCalendarDate',
      message: `${field} must be a date YYYY-MM-DD from 2005-01-01 to 2099-12-31, the years the calendar covers`,
    },
  ],
});

describe('act dates outside the calendar’s years (issue 13)', () => {
  const { app, call, driver } = useStandardsApp('standards_act_dates', organizations, includedAt);

  const standardIn = (stage: 'registration' | 'in_force'): Promise<string> =>
    standardAt(driver(), {
      service: { id: randomUUID(), ownerId: ministry.id, providerIds: [akimat.id], channels: ['provider'] },
      includedAt,
      stage,
      owner,
      content: completeContent(ministry.id, 4, [akimat.id]),
      noticeAt: new Date('2026-05-06T06:00:00Z'),
      approverOf: (approval) => {
        const body = organizations.find((o) => o.id === approval.organizationId) ?? ministry;
        return officerOf(body, roleOf.get(body.id) ?? 'provider-officer');
      },
      registrar,
    });

  const rowsOf = async (table: string): Promise<number> => {
    const [row] = await app()
      .get(DataSource)
      .query<Array<{ n: number }>>(`SELECT count(*)::int AS n FROM ${table}`);
    return row?.n ?? 0;
  };

  it.each(['9999-12-31', '1900-01-01'])(
    'Art. 7.2: a state registration dated %s is refused naming the range, and the standard waits for it',
    async (date) => {
      const id = await standardIn('registration');
      const events = await rowsOf('outbox_message');
      const response = await call('POST', `/api/v1/standards/${id}/registration`, registrar, {
        number: '33125',
        date,
      });
      expect(response.statusCode).toBe(400);
      expect(response.json()).toMatchObject(rangeProblem('date'));
      const standard = await call('GET', `/api/v1/standards/${id}`);
      expect(standard.json()).toMatchObject({ status: 'registration' });
      expect(await rowsOf('outbox_message')).toBe(events);
    },
  );

  it('Art. 10: a reglament approved by an act dated 9999-01-01 is refused naming the range', async () => {
    const id = await standardIn('in_force');
    const events = await rowsOf('outbox_message');
    const response = await call('POST', `/api/v1/standards/${id}/reglament/approval`, owner, {
      actNumber: '12-п',
      actDate: '9999-01-01',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject(rangeProblem('actDate'));
    expect(await rowsOf('outbox_message')).toBe(events);
  });
});
