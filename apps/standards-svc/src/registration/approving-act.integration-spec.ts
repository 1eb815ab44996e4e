import { randomUUID } from 'node:crypto';
import { StandardsEventTypes } from '@kzps/contracts';
import type { IdentityClaimsInput } from '@kzps/auth';
import { DataSource } from 'typeorm';
import type { TestOrganization } from '../test/harness';
import { completeContent } from '../test/standard-fixtures';
import { approvingAct, publishedOn, standardAt } from '../test/standard-lifecycle';
import { designatedBodies, officerOf, useStandardsApp } from '../test/test-app';

// Legal facts carry the date of their act (Art. 7.1, 7.2, 10.1), not the moment someone entered it. Each test
// includes a service of its own, so each runs alone and in any order.

const ministry: TestOrganization = { id: randomUUID(), bin: '100000000011', kind: 'central-state-body' };
const { psa, ia, justice } = designatedBodies();
const organizations = [ministry, psa, ia, justice];
const owner = officerOf(ministry, 'owner-officer');
const registrar = officerOf(justice, 'justice-officer');
// Included on 20 February 2026: the Art. 7.1 term ends on 20 May 2026.
const includedAt = new Date('2026-02-20T05:00:00Z');

interface Term {
  kind: string;
  scope: string;
  status: string;
  startsAt: string;
  dueDate: string;
  metAt: string | null;
  missedAt: string | null;
}

describe('approving act and the dates of legal facts', () => {
  const { app, call, clock, driver } = useStandardsApp('standards_approving_act', organizations, includedAt);

  /** A central service delivered by the ministry itself, its version agreed by the authority on 27 March. */
  function agreedStandard(): Promise<string> {
    return standardAt(driver(), {
      service: { id: randomUUID(), ownerId: ministry.id, providerIds: [ministry.id], channels: ['provider'] },
      includedAt,
      stage: 'registration',
      owner,
      content: completeContent(ministry.id),
      noticeAt: new Date('2026-03-27T05:00:00Z'),
      approverOf: (): IdentityClaimsInput => officerOf(psa, 'public-services-authority'),
    });
  }

  async function outbox(type: string, subject: string): Promise<Array<Record<string, unknown>>> {
    const rows: Array<{ payload: Record<string, unknown> }> = await app()
      .get(DataSource)
      .query(`SELECT payload FROM outbox_message WHERE event_type = $1 AND message_key = $2 ORDER BY id`, [
        type,
        subject,
      ]);
    return rows.map((r) => r.payload);
  }

  it('meets the Art. 7.1 term on the date of the approving act, not on the day it is entered (Art. 7.1, 10.1)', async () => {
    const id = await agreedStandard();
    // The day after the term's end the ministry enters its order of 15 May; the ministry of justice
    // registers it on the 21st with the registration date 20 May.
    clock.set('2026-05-21T06:00:00Z');
    const act = await call(
      'PUT',
      `/api/v1/standards/${id}/approving-act`,
      owner,
      // The order states it enters into force on the day it is registered and published.
      { ...approvingAct(clock, '2026-05-15'), inForceOn: '2026-05-20' },
    );
    expect(act.statusCode).toBe(200);
    expect(act.json()).toMatchObject({
      kind: 'order',
      date: '2026-05-15',
      recordedAt: '2026-05-21T06:00:00.000Z',
    });
    const registered = await call('POST', `/api/v1/standards/${id}/registration`, registrar, {
      number: `a-${id.slice(0, 8)}`,
      date: '2026-05-20',
    });
    expect(registered.statusCode).toBe(201);
    expect(registered.json()).toMatchObject({ approvingAct: { kind: 'order', date: '2026-05-15' } });
    const published = await call(
      'PUT',
      `/api/v1/standards/${id}/publication`,
      owner,
      publishedOn('2026-05-20'),
    );
    expect(published.json()).toMatchObject({ inForceOn: '2026-05-20', status: 'in_force' });

    const terms = (await call('GET', `/api/v1/standards/${id}`)).json<{ terms: Term[] }>().terms;
    const adoption = terms.find((t) => t.kind === 'standard_adoption');
    expect(adoption).toMatchObject({
      dueDate: '2026-05-20',
      status: 'met',
      // The start of 15 May in Kazakhstan (UTC+5).
      metAt: '2026-05-14T19:00:00.000Z',
      missedAt: null,
    });
    expect(await outbox(StandardsEventTypes.termMissed, id)).toEqual([]);
    // Art. 10.1: the reglament's month runs from the standard's adoption, the order of 15 May.
    expect(terms.find((t) => t.kind === 'reglament')).toMatchObject({
      status: 'open',
      startsAt: '2026-05-14T19:00:00.000Z',
      dueDate: '2026-06-15',
    });
    const [inForce] = await outbox(StandardsEventTypes.standardInForce, id);
    expect(inForce).toMatchObject({
      registrationDate: '2026-05-20',
      approvingAct: { kind: 'order', number: '20260515-1', date: '2026-05-15' },
    });
    // Accepted, and on record as entered six days after its date.
    const audit: Array<{ action: string; summary: string }> = await app()
      .get(DataSource)
      .query(`SELECT action, summary FROM audit_record WHERE resource_id = $1 AND action = $2`, [
        id,
        'standard.approving-act.record',
      ]);
    expect(audit).toEqual([
      {
        action: 'standard.approving-act.record',
        summary:
          'Version 1: order No. 20260515-1 of 2026-05-15, in force on 2026-05-20, recorded on 2026-05-21',
      },
    ]);
  });

  it('refuses an approving act dated in the future, by anyone but the central body, and registration without one (Art. 7.1, 7.2)', async () => {
    const id = await agreedStandard();
    clock.set('2026-04-01T06:00:00Z');
    const register = await call('POST', `/api/v1/standards/${id}/registration`, registrar, {
      number: `b-${id.slice(0, 8)}`,
      date: '2026-04-01',
    });
    expect(register.statusCode).toBe(409);
    expect(register.json()).toMatchObject({ code: 'APPROVING_ACT_MISSING' });

    const tomorrow = await call(
      'PUT',
      `/api/v1/standards/${id}/approving-act`,
      owner,
      approvingAct(clock, '2026-04-02'),
    );
    expect(tomorrow.statusCode).toBe(400);
    expect(tomorrow.json()).toMatchObject({ code: 'APPROVING_ACT_DATE_IN_FUTURE', today: '2026-04-01' });
    const outOfCalendar = await call(
      'PUT',
      `/api/v1/standards/${id}/approving-act`,
      owner,
      approvingAct(clock, '2100-01-01'),
    );
    expect(outOfCalendar.statusCode).toBe(400);
    expect(outOfCalendar.json()).toMatchObject({ code: 'VALIDATION_FAILED', errors: [{ field: 'date' }] });
    const beforeAgreement = await call(
      'PUT',
      `/api/v1/standards/${id}/approving-act`,
      owner,
      approvingAct(clock, '2026-03-26'),
    );
    expect(beforeAgreement.statusCode).toBe(422);
    expect(beforeAgreement.json()).toMatchObject({
      code: 'APPROVING_ACT_BEFORE_AGREEMENT',
      agreedOn: '2026-03-27',
    });
    const byTheAuthority = await call(
      'PUT',
      `/api/v1/standards/${id}/approving-act`,
      officerOf(psa, 'owner-officer'),
      approvingAct(clock),
    );
    expect(byTheAuthority.statusCode).toBe(403);

    expect(
      (await call('PUT', `/api/v1/standards/${id}/approving-act`, owner, approvingAct(clock, '2026-03-30')))
        .statusCode,
    ).toBe(200);
    const beforeAct = await call('POST', `/api/v1/standards/${id}/registration`, registrar, {
      number: `b-${id.slice(0, 8)}`,
      date: '2026-03-28',
    });
    expect(beforeAct.statusCode).toBe(422);
    expect(beforeAct.json()).toMatchObject({
      code: 'REGISTRATION_BEFORE_APPROVING_ACT',
      actDate: '2026-03-30',
    });
    expect((await call('GET', `/api/v1/standards/${id}`)).json()).toMatchObject({ status: 'registration' });
  });
});
