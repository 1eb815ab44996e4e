import { randomUUID } from 'node:crypto';
import type { IdentityClaimsInput, Role } from '@kzps/auth';
import type { TestOrganization, TestService } from '../test/harness';
import { completeContent } from '../test/standard-fixtures';
import { approvingAct, standardAt, type StandardStage } from '../test/standard-lifecycle';
import { designatedBodies, useStandardsApp } from '../test/test-app';

// Art. 6.2, 7.1, 7.3: the ministry develops and approves the standard of a service the akimat delivers; the
// akimat agrees it. Each test includes a service of its own, so each runs alone and in any order.

const ministry: TestOrganization = { id: randomUUID(), bin: '100000000060', kind: 'central-state-body' };
const akimat: TestOrganization = { id: randomUUID(), bin: '100000000023', kind: 'local-executive-body' };
const { psa, ia, justice } = designatedBodies();
const organizations = [ministry, akimat, psa, ia, justice];
const roleOf = new Map<string, Role>([
  [ministry.id, 'owner-officer'],
  [akimat.id, 'owner-officer'],
  [psa.id, 'public-services-authority'],
  [justice.id, 'justice-officer'],
]);
const officerOf = (organizationId: string): IdentityClaimsInput => {
  const organization = organizations.find((o) => o.id === organizationId);
  return {
    subject: `officer-${organization?.bin ?? organizationId}`,
    roles: [roleOf.get(organizationId) ?? 'provider-officer'],
    organizationId,
  };
};
const developer = officerOf(ministry.id);
const akimatOfficer = officerOf(akimat.id);
const registrar = officerOf(justice.id);
// 20 February 2026, 10:00 in Almaty: the discussion runs to 26 March (Nauryz), the notice goes out on 27 March.
const includedAt = new Date('2026-02-20T05:00:00Z');

const akimatProvides = {
  providers: [{ organizationId: akimat.id, name: { kk: 'Әкімдік', ru: 'Акимат' } }],
};

describe('the standard of a service an akimat delivers (Art. 7.1, 7.3)', () => {
  const { call, driver } = useStandardsApp('standards_developer', organizations, includedAt);

  /** A fresh service the ministry develops and the akimat delivers, brought to `stage`. */
  function deliveredByAkimat(stage: StandardStage): Promise<string> {
    const service: TestService = {
      id: randomUUID(),
      ownerId: ministry.id,
      providerIds: [akimat.id],
      channels: ['provider'],
    };
    return standardAt(driver(), {
      service,
      includedAt,
      stage,
      owner: developer,
      content: { ...completeContent(ministry.id), ...akimatProvides },
      approverOf: (approval) => officerOf(approval.organizationId),
      registrar,
    });
  }

  it('Art. 7.1, 7.3: is developed by the central state body and agreed by the akimat that delivers it', async () => {
    const id = await deliveredByAkimat('included');
    // The akimat does not draft the standard of the service it delivers.
    const byAkimat = await call('PUT', `/api/v1/standards/${id}/draft`, akimatOfficer, {
      content: { ...completeContent(ministry.id), ...akimatProvides },
    });
    expect(byAkimat.statusCode).toBe(403);
    expect(byAkimat.json().code).toBe('STANDARD_NOT_THE_OWNER');

    const agreed = await deliveredByAkimat('agreement');
    const approvals = (await call('GET', `/api/v1/standards/${agreed}/approvals?size=100`)).json<{
      items: Array<{ id: string; kind: string; organizationId: string }>;
    }>().items;
    expect(approvals.map((a) => [a.kind, a.organizationId]).sort()).toEqual(
      [
        ['local_executive_body', akimat.id],
        ['public_services_authority', psa.id],
      ].sort(),
    );
    for (const approval of approvals) {
      const decided = await call(
        'POST',
        `/api/v1/standards/${agreed}/approvals/${approval.id}/decision`,
        officerOf(approval.organizationId),
        { decision: 'approved' },
      );
      expect(decided.statusCode).toBe(201);
    }
    const act = await call(
      'PUT',
      `/api/v1/standards/${agreed}/approving-act`,
      developer,
      approvingAct(driver().clock, '2026-03-27'),
    );
    expect(act.statusCode).toBe(200);
    const registered = await call('POST', `/api/v1/standards/${agreed}/registration`, registrar, {
      number: '33200',
      date: '2026-03-27',
    });
    expect(registered.statusCode).toBe(201);
  });

  it('Art. 7.1: refuses the drafting of an akimat the registry still names as developer', async () => {
    // An inclusion recorded before the registry refused akimats as owners (D25).
    const service: TestService = {
      id: randomUUID(),
      ownerId: akimat.id,
      providerIds: [akimat.id],
      channels: ['provider'],
    };
    const id = await standardAt(driver(), {
      service,
      includedAt,
      stage: 'included',
      owner: akimatOfficer,
      content: {},
    });
    const drafted = await call('PUT', `/api/v1/standards/${id}/draft`, akimatOfficer, {
      content: completeContent(akimat.id),
    });
    expect(drafted.statusCode).toBe(409);
    expect(drafted.json()).toMatchObject({
      code: 'STANDARD_OWNER_LOCAL_EXECUTIVE_BODY',
      organizationId: akimat.id,
      localizedTitle: { kk: expect.stringContaining('7-баптың'), ru: expect.stringContaining('статьи 7') },
      localizedDetail: { kk: expect.any(String), ru: expect.stringContaining('центральный государственный') },
    });
    expect((await call('POST', `/api/v1/standards/${id}/discussion`, akimatOfficer)).json().code).toBe(
      'STANDARD_OWNER_LOCAL_EXECUTIVE_BODY',
    );
  });

  it('has its reglament adopted by the akimat’s resolution, not a ministry’s order (Art. 10.3)', async () => {
    const id = await deliveredByAkimat('in_force');
    const draft = await call('PUT', `/api/v1/standards/${id}/reglament`, developer, {
      generalProvisions: { kk: 'Жалпы ережелер', ru: 'Общие положения' },
      steps: [
        {
          title: { kk: 'Қабылдау', ru: 'Приём' },
          responsibleUnit: { kk: 'Кеңсе', ru: 'Канцелярия' },
          officialRole: { kk: 'Маман', ru: 'Специалист' },
          duration: { value: 2, unit: 'working_days' },
        },
      ],
      interactions: { internal: { kk: 'Ішкі', ru: 'Внутреннее' } },
    });
    expect(draft.statusCode).toBe(200);
    expect(draft.json()).toMatchObject({
      actKind: 'akimat_resolution',
      informatizationRequired: false,
      awaitingActsFrom: [akimat.id],
    });
    const approved = await call('POST', `/api/v1/standards/${id}/reglament/approval`, akimatOfficer, {
      actNumber: '12/3',
      actDate: '2026-03-27',
    });
    expect(approved.json()).toMatchObject({
      status: 'approved',
      acts: [{ organizationId: akimat.id, actNumber: '12/3' }],
      awaitingActsFrom: [],
    });
  });
});
