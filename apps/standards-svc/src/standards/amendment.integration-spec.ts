import { randomUUID } from 'node:crypto';
import { StandardsEventTypes } from '@kzps/contracts';
import { DataSource } from 'typeorm';
import { TermCalendar } from '../clocks/term-calendar';
import type { TestOrganization } from '../test/harness';
import { outboxEvents } from '../test/probes';
import { completeContent } from '../test/standard-fixtures';
import { approvingAct, standardAt, publishedOn } from '../test/standard-lifecycle';
import { designatedBodies, officerOf, useStandardsApp } from '../test/test-app';

// Amending and cancelling a standard in force (Art. 7.5, 17.2). Each test brings a service of its own
// into force, so each runs alone and in any order.

const ministry: TestOrganization = { id: randomUUID(), bin: '100000000010', kind: 'central-state-body' };
const { psa, ia, justice } = designatedBodies();
const organizations = [ministry, psa, ia, justice];
const owner = officerOf(ministry, 'owner-officer');
const authority = officerOf(psa, 'public-services-authority');
const registrar = officerOf(justice, 'justice-officer');
const includedAt = new Date('2026-02-20T05:00:00Z');

interface StandardBody {
  status: string;
  terms: Array<{ kind: string; scope: string; status: string }>;
  inForce: { id: string } | null;
}

describe('amendment and cancellation of a standard in force', () => {
  const { app, call, clock, driver } = useStandardsApp('standards_amendment', organizations, includedAt);

  /** A paper-only service of the ministry's, its standard (term 4 days) in force from 6 May 2026. */
  async function inForce(registrationNumber?: string): Promise<{ id: string; serviceId: string }> {
    const serviceId = randomUUID();
    const id = await standardAt(driver(), {
      service: { id: serviceId, ownerId: ministry.id, providerIds: [ministry.id], channels: ['provider'] },
      includedAt,
      stage: 'in_force',
      owner,
      content: completeContent(ministry.id, 4),
      noticeAt: new Date('2026-05-06T06:00:00Z'),
      approverOf: () => authority,
      registrar,
      registrationNumber,
    });
    return { id, serviceId };
  }

  const standard = async (id: string): Promise<StandardBody> =>
    (await call('GET', `/api/v1/standards/${id}`)).json<StandardBody>();

  /** The public-services authority approves every pending body of the current round. */
  async function approveAll(id: string): Promise<void> {
    const approvals = (await call('GET', `/api/v1/standards/${id}/approvals?size=100`)).json<{
      items: Array<{ id: string; status: string }>;
    }>().items;
    for (const approval of approvals.filter((a) => a.status === 'pending')) {
      const decided = await call(
        'POST',
        `/api/v1/standards/${id}/approvals/${approval.id}/decision`,
        authority,
        { decision: 'approved' },
      );
      expect(decided.statusCode).toBe(201);
    }
  }

  it('meets the 3-working-day term when the only body updated its information (Art. 17.2)', async () => {
    const { id } = await inForce();
    clock.set('2026-05-12T06:00:00Z');
    const response = await call('POST', `/api/v1/standards/${id}/information-updates`, owner);
    expect(response.statusCode).toBe(200);
    const term = (await standard(id)).terms.find((t) => t.kind === 'public_information');
    expect(term?.status).toBe('met');
    expect((await call('POST', `/api/v1/standards/${id}/information-updates`, owner)).json()).toMatchObject({
      code: 'INFORMATION_UPDATE_ALREADY_CONFIRMED',
    });
  });

  it('needs a reference for a change on a recommendation (Art. 7.5)', async () => {
    const { id } = await inForce();
    const response = await call('POST', `/api/v1/standards/${id}/versions`, owner, {
      kind: 'amendment',
      basis: 'quality_authority_recommendation',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code: 'VALIDATION_FAILED' });
  });

  it('takes an amendment through the same path and keeps the history with diffs and dates', async () => {
    const { id } = await inForce('33125');
    const firstVersionId = (await standard(id)).inForce?.id ?? '';
    clock.set('2026-05-12T06:00:00Z');
    const started = await call('POST', `/api/v1/standards/${id}/versions`, owner, {
      kind: 'amendment',
      basis: 'quality_authority_recommendation',
      reference: 'Рекомендация № 5 от 2026-05-10',
    });
    expect(started.statusCode).toBe(201);
    expect(started.json()).toMatchObject({ number: 2, kind: 'amendment', status: 'drafting' });
    expect(
      (
        await call('POST', `/api/v1/standards/${id}/versions`, owner, {
          kind: 'cancellation',
          basis: 'owner_discretion',
        })
      ).json(),
    ).toMatchObject({ code: 'STANDARD_CHANGE_IN_PROGRESS' });

    await call('PUT', `/api/v1/standards/${id}/draft`, owner, { content: completeContent(ministry.id, 2) });
    const opened = await call('POST', `/api/v1/standards/${id}/discussion`, owner);
    const endsAt = opened.json<{ window: { endsAt: string } }>().window.endsAt;
    expect(endsAt).toBe(app().get(TermCalendar).calendarDaysAfter(clock.now(), 30).dueAt.toISOString());
    clock.set(new Date(Date.parse(endsAt) + 60_000));
    expect(
      (
        await call('POST', `/api/v1/standards/${id}/discussion/notice`, owner, {
          revisedDraftUrl: 'https://egov.kz/d/3',
        })
      ).statusCode,
    ).toBe(201);
    await approveAll(id);
    clock.set('2026-06-15T09:00:00Z');
    // The order states it enters into force on the day it is registered and published (Law "On legal acts").
    await call('PUT', `/api/v1/standards/${id}/approving-act`, owner, {
      ...approvingAct(clock),
      inForceOn: '2026-06-15',
    });
    const register = (number: string, date: string) =>
      call('POST', `/api/v1/standards/${id}/registration`, registrar, { number, date });
    // The State register gives a number to one act only.
    expect((await register('33125', '2026-06-15')).json()).toMatchObject({
      code: 'REGISTRATION_NUMBER_TAKEN',
    });
    // Agreements back-dated to before version 1 came into force still leave no room before it.
    await app()
      .get(DataSource)
      .query(
        `UPDATE approval SET decided_at = '2026-05-01T05:00:00Z' WHERE version_id = (SELECT working_version_id FROM standard WHERE id = $1)`,
        [id],
      );
    expect((await register('34001', '2026-05-05')).json()).toMatchObject({
      code: 'REGISTRATION_BEFORE_PREVIOUS_VERSION',
      previousInForceFrom: '2026-05-06',
    });
    const registered = await register('34001', '2026-06-15');
    expect(registered.statusCode).toBe(201);
    await call('PUT', `/api/v1/standards/${id}/publication`, owner, publishedOn('2026-06-15'));

    const [amended] = await outboxEvents(app(), StandardsEventTypes.standardAmended, id);
    expect(amended?.payload).toMatchObject({ supersededVersionId: firstVersionId, term: { value: 2 } });

    const history = (await call('GET', `/api/v1/standards/${id}/versions`)).json<{
      items: Array<{
        number: number;
        status: string;
        changes: Array<{ path: string; before: unknown; after: unknown }> | null;
      }>;
    }>();
    expect(history.items.map((v) => [v.number, v.status])).toEqual([
      [2, 'in_force'],
      [1, 'superseded'],
    ]);
    expect(history.items[0]?.changes).toEqual([
      { path: 'term.value', change: 'changed', before: 4, after: 2 },
    ]);

    const asOf = async (date: string): Promise<number[]> =>
      (await call('GET', `/api/v1/standards/${id}/versions?asOf=${date}`))
        .json<{ items: Array<{ number: number }> }>()
        .items.map((v) => v.number);
    expect(await asOf('2026-05-01')).toEqual([]);
    expect(await asOf('2026-06-14')).toEqual([1]);
    expect(await asOf('2026-06-15')).toEqual([2]);
    // A day the calendar does not count is the caller's mistake, named, not a server error.
    const before2005 = await call('GET', `/api/v1/standards/${id}/versions?asOf=1990-01-01`);
    expect(before2005.statusCode).toBe(400);
    expect(before2005.headers['content-type']).toContain('application/problem+json');
    expect(before2005.json()).toMatchObject({ code: 'CALENDAR_OUT_OF_RANGE', errors: [{ field: 'asOf' }] });
  });

  it('cancels the standard through the same path, ending the version in force', async () => {
    const { id, serviceId } = await inForce();
    clock.set('2026-05-12T06:00:00Z');
    expect((await call('POST', `/api/v1/standards/${id}/information-updates`, owner)).statusCode).toBe(200);
    clock.set('2026-06-20T06:00:00Z');
    const started = await call('POST', `/api/v1/standards/${id}/versions`, owner, {
      kind: 'cancellation',
      basis: 'complaint_review',
      reference: 'Решение по жалобе № 77',
    });
    expect(started.statusCode).toBe(201);
    const opened = await call('POST', `/api/v1/standards/${id}/discussion`, owner);
    clock.set(new Date(Date.parse(opened.json<{ window: { endsAt: string } }>().window.endsAt) + 60_000));
    await call('POST', `/api/v1/standards/${id}/discussion/notice`, owner, {
      revisedDraftUrl: 'https://egov.kz/d/4',
    });
    await approveAll(id);
    clock.set('2026-07-25T06:00:00Z');
    await call('PUT', `/api/v1/standards/${id}/approving-act`, owner, {
      ...approvingAct(clock, '2026-07-24'),
      inForceOn: '2026-07-24',
    });
    const registered = await call('POST', `/api/v1/standards/${id}/registration`, registrar, {
      number: `c-${id.slice(0, 8)}`,
      date: '2026-07-24',
    });
    expect(registered.statusCode).toBe(201);
    // A cancellation too is an act: it takes effect once published (Law "On legal acts").
    expect(await outboxEvents(app(), StandardsEventTypes.standardCancelled, id)).toEqual([]);
    await call('PUT', `/api/v1/standards/${id}/publication`, owner, publishedOn('2026-07-24'));
    const [cancelled] = await outboxEvents(app(), StandardsEventTypes.standardCancelled, id);
    expect(cancelled?.payload).toMatchObject({
      basis: { kind: 'complaint_review', reference: 'Решение по жалобе № 77' },
    });
    expect((await call('GET', `/api/v1/standards?serviceId=${serviceId}&inForce=true`)).json()).toMatchObject(
      {
        total: 0,
        items: [],
      },
    );
    const after = await standard(id);
    expect(after.status).toBe('cancelled');
    // The version in force when the cancellation started is the one it ends.
    const versionOne = (await call('GET', `/api/v1/standards/${id}/versions`))
      .json<{ items: Array<{ id: string; number: number; status: string }> }>()
      .items.find((v) => v.number === 1);
    expect(versionOne?.status).toBe('cancelled');
    // The cancelled version's reglament term no longer applies; the cancellation's publication term does.
    expect(after.terms.find((t) => t.kind === 'reglament' && t.scope === versionOne?.id)?.status).toBe(
      'lapsed',
    );
    expect(after.terms.filter((t) => t.kind === 'public_information' && t.status === 'open')).toHaveLength(1);
  });
});
