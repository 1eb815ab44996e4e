import { randomUUID } from 'node:crypto';
import type { IdentityClaimsInput, Role } from '@kzps/auth';
import type { TestOrganization, TestService } from '../test/harness';
import { completeContent } from '../test/standard-fixtures';
import { approvingAct, standardAt, type StandardStage } from '../test/standard-lifecycle';
import { designatedBodies, useStandardsApp } from '../test/test-app';

// A service an akimat owns and its institution delivers. Each test includes a service of its own, so each
// runs alone and in any order.

const owningAkimat: TestOrganization = {
  id: randomUUID(),
  bin: '100000000023',
  kind: 'local-executive-body',
};
const institution: TestOrganization = { id: randomUUID(), bin: '100000000050', kind: 'legal-entity' };
const { psa, ia, justice } = designatedBodies();
const organizations = [owningAkimat, institution, psa, ia, justice];
const roleOf = new Map<string, Role>([
  [owningAkimat.id, 'owner-officer'],
  [institution.id, 'provider-officer'],
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
const akimatOwner = officerOf(owningAkimat.id);
const registrar = officerOf(justice.id);
// 20 February 2026, 10:00 in Almaty: the discussion runs to 26 March (Nauryz), the notice goes out on 27 March.
const includedAt = new Date('2026-02-20T05:00:00Z');

describe('a service an akimat owns and its institution delivers', () => {
  const { call, driver } = useStandardsApp('standards_akimat', organizations, includedAt);

  /** A fresh service of the akimat's, its institution the provider, brought to `stage`. */
  function akimatStandard(stage: StandardStage): Promise<string> {
    const service: TestService = {
      id: randomUUID(),
      ownerId: owningAkimat.id,
      providerIds: [institution.id],
      channels: ['provider'],
    };
    return standardAt(driver(), {
      service,
      includedAt,
      stage,
      owner: akimatOwner,
      content: {
        ...completeContent(owningAkimat.id),
        providers: [{ organizationId: institution.id, name: { kk: 'Мекеме', ru: 'Учреждение' } }],
      },
      approverOf: (approval) => officerOf(approval.organizationId),
      registrar,
    });
  }

  it('is agreed by the owning akimat as the local executive body (Art. 7.3)', async () => {
    const id = await akimatStandard('agreement');
    const approvals = (await call('GET', `/api/v1/standards/${id}/approvals?size=100`)).json<{
      items: Array<{ id: string; kind: string; organizationId: string }>;
    }>().items;
    expect(approvals.map((a) => [a.kind, a.organizationId]).sort()).toEqual(
      [
        ['local_executive_body', owningAkimat.id],
        ['public_services_authority', psa.id],
      ].sort(),
    );
    for (const approval of approvals) {
      const decided = await call(
        'POST',
        `/api/v1/standards/${id}/approvals/${approval.id}/decision`,
        officerOf(approval.organizationId),
        { decision: 'approved' },
      );
      expect(decided.statusCode).toBe(201);
    }
    const act = await call(
      'PUT',
      `/api/v1/standards/${id}/approving-act`,
      akimatOwner,
      approvingAct(driver().clock, '2026-03-27'),
    );
    expect(act.statusCode).toBe(200);
    const registered = await call('POST', `/api/v1/standards/${id}/registration`, registrar, {
      number: '33200',
      date: '2026-03-27',
    });
    expect(registered.statusCode).toBe(201);
  });

  it('has its reglament adopted by the akimat’s resolution, not a ministry’s order (Art. 10.3)', async () => {
    const id = await akimatStandard('in_force');
    const draft = await call('PUT', `/api/v1/standards/${id}/reglament`, akimatOwner, {
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
      awaitingActsFrom: [owningAkimat.id],
    });
    const approved = await call('POST', `/api/v1/standards/${id}/reglament/approval`, akimatOwner, {
      actNumber: '12/3',
      actDate: '2026-03-27',
    });
    expect(approved.json()).toMatchObject({
      status: 'approved',
      acts: [{ organizationId: owningAkimat.id, actNumber: '12/3' }],
      awaitingActsFrom: [],
    });
  });
});
