import { randomUUID } from 'node:crypto';
import type { LightMyRequestResponse } from 'fastify';
import { localPscSetting } from '../test/local-psc';
import { approvalsOf, auditOf, type ApprovalBody, type StandardBody } from '../test/probes';
import { completeContent } from '../test/standard-fixtures';
import { standardAt } from '../test/standard-lifecycle';
import { useStandardsApp } from '../test/test-app';

// The agreement of a draft with the bodies the law names (Art. 7.1-7.3, 9.4). Each test brings a service of
// its own to the agreement, so each runs alone and in any order.

const setting = localPscSetting();
const { ministry, akimatA, akimatB, psa, ia, owner, registrar, organizations } = setting;
// 20 February 2026, 10:00 in Almaty: the discussion runs over 8 March and Nauryz (21-23 March).
const includedAt = new Date('2026-02-20T05:00:00Z');
const remarks = { kk: 'Ескерту', ru: 'Замечание' };

describe('agreement of a draft standard (Art. 7.1-7.3)', () => {
  const { app, call, clock, driver } = useStandardsApp('standards_agreement', organizations, includedAt);

  const decide = (id: string, approval: ApprovalBody, decision: object): Promise<LightMyRequestResponse> =>
    call(
      'POST',
      `/api/v1/standards/${id}/approvals/${approval.id}/decision`,
      setting.approverOf(approval),
      decision,
    );
  const statusOf = async (id: string): Promise<string> =>
    (await call('GET', `/api/v1/standards/${id}`)).json<StandardBody>().status;

  /** A body returns the draft with remarks; the owner revises it and sends it to every body again. */
  async function returnedAndResubmitted(id: string): Promise<void> {
    const [first] = (await approvalsOf(call, id)).filter((a) => a.status === 'pending');
    if (!first) throw new Error('no pending approval');
    expect((await decide(id, first, { decision: 'returned', remarks })).statusCode).toBe(201);
    const revised = await call('PUT', `/api/v1/standards/${id}/draft`, owner, {
      content: setting.content(3),
    });
    expect(revised.statusCode).toBe(200);
    expect((await call('POST', `/api/v1/standards/${id}/approvals`, owner)).statusCode).toBe(201);
  }

  it('asks three kinds of body for a local service delivered through a PSC', async () => {
    const id = await standardAt(driver(), setting.journey('agreement', includedAt));
    const approvals = await approvalsOf(call, id);
    expect(approvals.map((a) => [a.kind, a.organizationId]).sort()).toEqual(
      [
        ['informatization_authority', ia.id],
        ['local_executive_body', akimatA.id],
        ['local_executive_body', akimatB.id],
        ['public_services_authority', psa.id],
      ].sort(),
    );
  });

  it('returns to revision on remarks and keeps that round when the draft is resubmitted', async () => {
    const id = await standardAt(driver(), setting.journey('agreement', includedAt));
    clock.set('2026-03-27T05:00:00Z');
    const [first, ...rest] = await approvalsOf(call, id);
    if (!first) throw new Error('no approvals');
    expect(
      (
        await call('POST', `/api/v1/standards/${id}/approvals/${first.id}/decision`, owner, {
          decision: 'approved',
        })
      ).json(),
    ).toMatchObject({ code: 'APPROVAL_NOT_THE_APPROVER' });
    expect((await decide(id, first, { decision: 'returned' })).json()).toMatchObject({
      code: 'VALIDATION_FAILED',
      errors: [{ field: 'remarks' }],
    });
    expect((await decide(id, first, { decision: 'returned', remarks })).json()).toMatchObject({
      status: 'returned',
    });
    expect(await statusOf(id)).toBe('revision');
    // Art. 24: who returned it is on record.
    expect((await auditOf(app(), id)).map((r) => r.action)).toContain('standard.approval.returned');

    await call('PUT', `/api/v1/standards/${id}/draft`, owner, { content: setting.content(4) });
    expect((await call('POST', `/api/v1/standards/${id}/approvals`, owner)).statusCode).toBe(201);
    // Round 1 stays as it was decided: who returned it and why; the others did not get to decide.
    const roundOne = await approvalsOf(call, id, 'round=1');
    expect(roundOne.find((a) => a.id === first.id)).toMatchObject({ status: 'returned', remarks, round: 1 });
    expect(roundOne.filter((a) => a.id !== first.id).map((a) => a.status)).toEqual([
      'superseded',
      'superseded',
      'superseded',
    ]);
    expect((await decide(id, rest[0] ?? first, { decision: 'approved' })).json()).toMatchObject({
      code: 'AGREEMENT_ROUND_CLOSED',
    });
    const roundTwo = await approvalsOf(call, id, 'round=2');
    expect(roundTwo.map((a) => a.status)).toEqual(['pending', 'pending', 'pending', 'pending']);
    const firstAgain = roundTwo.find((a) => a.organizationId === first.organizationId);
    if (!firstAgain) throw new Error('the returning body is not asked again');
    for (const approval of roundTwo.filter((a) => a !== firstAgain))
      expect((await decide(id, approval, { decision: 'approved' })).statusCode).toBe(201);
    clock.set('2026-05-06T06:00:00Z');
    const early = await call('POST', `/api/v1/standards/${id}/registration`, registrar, {
      number: '1',
      date: '2026-05-06',
    });
    expect(early.json()).toMatchObject({ code: 'REGISTRATION_NOT_AGREED' });
    expect((await decide(id, firstAgain, { decision: 'approved' })).statusCode).toBe(201);
    expect(await statusOf(id)).toBe('registration');
  });

  it('pages the approvals of every round, newest round first', async () => {
    const id = await standardAt(driver(), setting.journey('agreement', includedAt));
    // Three rounds of four bodies: two returned, the third pending.
    await returnedAndResubmitted(id);
    await returnedAndResubmitted(id);
    const page = (await call('GET', `/api/v1/standards/${id}/approvals?page=2&size=5`)).json<{
      items: ApprovalBody[];
      total: number;
      page: number;
      size: number;
    }>();
    expect(page).toMatchObject({ total: 12, page: 2, size: 5 });
    expect(page.items.map((a) => a.round)).toEqual([2, 2, 2, 1, 1]);
    const first = (await call('GET', `/api/v1/standards/${id}/approvals?size=1`)).json<{
      items: ApprovalBody[];
    }>();
    expect(first.items.map((a) => a.round)).toEqual([3]);
  });

  it('asks only the public-services authority for a paper-only central service', async () => {
    const id = await standardAt(driver(), {
      service: { id: randomUUID(), ownerId: ministry.id, providerIds: [ministry.id], channels: ['provider'] },
      includedAt,
      stage: 'in_discussion',
      owner,
      content: completeContent(ministry.id),
    });
    clock.set('2026-05-07T06:00:00Z');
    const notice = await call('POST', `/api/v1/standards/${id}/discussion/notice`, owner, {
      revisedDraftUrl: 'https://legalacts.egov.kz/npa/view?id=2',
    });
    expect(notice.statusCode).toBe(201);
    expect(await approvalsOf(call, id)).toEqual([
      expect.objectContaining({ kind: 'public_services_authority', organizationId: psa.id }),
    ]);
  });
});
