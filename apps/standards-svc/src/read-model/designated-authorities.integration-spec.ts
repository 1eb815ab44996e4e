import { randomUUID } from 'node:crypto';
import type { IdentityClaimsInput } from '@kzps/auth';
import { eventually } from '@kzps/testing';
import { DataSource } from 'typeorm';
import {
  childbirthAllowance,
  demoUsers,
  digitalDevelopment,
  labour,
  ministryOfJustice,
} from '../test/demo-registry';
import {
  caller,
  organizationEvents,
  publish,
  registryTopics,
  startApp,
  testConfig,
  type TestOrganization,
  type TestService,
} from '../test/harness';
import { approvalsOf, type ApprovalBody, type StandardBody } from '../test/probes';
import { completeContent } from '../test/standard-fixtures';
import { approvingAct, standardAt, type StandardStage } from '../test/standard-lifecycle';
import { designatedBodies, officerOf, useStandardsApp } from '../test/test-app';

// The embedded demo: the authorities a standard needs are the organisations the registry gives their roles
// to (Art. 7.1-7.3), whatever else the registry holds. The demo registry's organisations and 01.02-001 and
// the demo users (test/demo-registry.ts), beside bodies of the file's own holding the same roles. Each test
// first has the registry publish the organisations as it needs them, then takes a service of its own.

const { psa, ia, justice } = designatedBodies();
const seeded = [labour, digitalDevelopment, ministryOfJustice, psa, ia, justice];
const registrar = officerOf(justice, 'justice-officer');
const {
  owner: demoOwner,
  authority: demoAuthority,
  informatization: demoInformatization,
  justice: demoJustice,
} = demoUsers;
const registryTime = new Date('2026-06-01T04:00:00Z');
const demoIncludedAt = new Date('2026-06-01T05:00:00Z');
// The day the notice goes out, and with it the demo's approvals.
const noticeAt = new Date('2026-07-06T05:00:00Z');

/** The seed's organisations as they stand, but for `changed`. */
const seededBut = (...changed: TestOrganization[]): TestOrganization[] =>
  seeded.map((o) => changed.find((c) => c.id === o.id) ?? o);
/** The registry has taken the authorities' roles from the file's own bodies: the demo's alone hold them. */
const demoAuthoritiesOnly = [
  { ...psa, roles: [] },
  { ...ia, roles: [] },
];

describe('the embedded demo: authorities are the organisations the registry gives their roles to', () => {
  const { app, call, clock, driver, environment } = useStandardsApp(
    'standards_designated',
    seeded,
    registryTime,
  );

  interface OrganizationRow {
    roles: string[];
    active: boolean;
    name: { ru: string };
  }
  const organizationRow = async (organizationId: string): Promise<OrganizationRow | undefined> => {
    const [row]: OrganizationRow[] = await app()
      .get(DataSource)
      .query(`SELECT roles, active, name FROM organization_ref WHERE id = $1`, [organizationId]);
    return row;
  };

  // Each publication is later than the last, whichever test makes it: the read model keeps the newest.
  let published = 0;
  const nextRegistryTime = (): Date => new Date(registryTime.getTime() + ++published * 60_000);

  /** The registry publishes these organisations as they now stand; returns once the read model has them. */
  async function registryHolds(organizations: TestOrganization[]): Promise<void> {
    await publish(
      driver().kafka,
      registryTopics.organizations,
      organizationEvents(organizations, nextRegistryTime()),
    );
    for (const organization of organizations) {
      await eventually(async () => {
        const row = await organizationRow(organization.id);
        return row?.active === (organization.active ?? true) &&
          (!organization.roles || row.roles.join() === organization.roles.join())
          ? true
          : undefined;
      }, `organisation ${organization.bin} as the registry last published it`);
    }
  }

  /** A service like the demo's 01.02-001, of its own; its standard brought to `stage`. */
  function demoStandard(stage: StandardStage): Promise<string> {
    const id = randomUUID();
    const service: TestService = {
      ...childbirthAllowance,
      id,
      entry: { ...childbirthAllowance.entry, code: `S-${id.slice(0, 6)}` },
    };
    return standardAt(driver(), {
      service,
      includedAt: demoIncludedAt,
      stage,
      owner: demoOwner,
      content: completeContent(labour.id, 8),
      noticeAt,
      approverOf: (approval) =>
        approval.kind === 'informatization_authority' ? demoInformatization : demoAuthority,
      registrar: demoJustice,
    });
  }

  const notice = (id: string) =>
    call('POST', `/api/v1/standards/${id}/discussion/notice`, demoOwner, {
      revisedDraftUrl: 'https://legalacts.egov.kz/npa/view?id=0102001',
    });
  const statusOf = async (id: string): Promise<string> =>
    (await call('GET', `/api/v1/standards/${id}`)).json<StandardBody>().status;

  it('keeps the roles each organisation comes with, and the known ones when an upsert has none', async () => {
    await registryHolds(seeded);
    expect((await organizationRow(digitalDevelopment.id))?.roles).toEqual([
      'service-owner',
      'public-services-authority',
      'informatization-authority',
    ]);
    // An upsert from before organization.upserted.v1 carried roles says nothing about them.
    const renamed = { ...labour, roles: undefined, name: { kk: labour.name?.kk ?? '', ru: 'Минтруда' } };
    await publish(
      driver().kafka,
      registryTopics.organizations,
      organizationEvents([renamed], nextRegistryTime()),
    );
    await eventually(
      async () => ((await organizationRow(labour.id))?.name.ru === 'Минтруда' ? true : undefined),
      'the renamed ministry',
    );
    expect((await organizationRow(labour.id))?.roles).toEqual(['service-owner', 'provider']);
  });

  it('refuses the notice naming every holder while the registry gives a needed role to two organisations', async () => {
    await registryHolds(seeded);
    const id = await demoStandard('in_discussion');
    clock.set(noticeAt);
    const refused = await notice(id);
    expect(refused.statusCode).toBe(409);
    const holder = (o: TestOrganization) => expect.objectContaining({ organizationId: o.id, bin: o.bin });
    expect(refused.json()).toMatchObject({
      code: 'APPROVER_AMBIGUOUS',
      unknownApprovers: [],
      // Ordered by BIN: the file's own authorities hold the roles beside the demo ministry.
      ambiguousApprovers: [
        { kind: 'public_services_authority', holders: [holder(psa), holder(digitalDevelopment)] },
        { kind: 'informatization_authority', holders: [holder(ia), holder(digitalDevelopment)] },
      ],
    });
    const detail = refused.json<{ localizedDetail: { kk: string; ru: string } }>().localizedDetail;
    expect(detail.ru).toContain('роль «уполномоченный орган в сфере государственных услуг» имеют несколько');
    expect(detail.ru).toContain(`${digitalDevelopment.name?.ru} (990640000015)`);
    expect(detail.kk).toContain('«ақпараттандыру саласындағы уәкілетті орган» рөлі бірнеше');
  });

  it('names each missing authority when no active organisation holds its role', async () => {
    // The registry takes the roles from the file's bodies, and the demo ministry is being reorganised.
    await registryHolds(seededBut(...demoAuthoritiesOnly, { ...digitalDevelopment, active: false }));
    const id = await demoStandard('in_discussion');
    clock.set(noticeAt);
    const refused = await notice(id);
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({
      code: 'APPROVER_UNKNOWN',
      unknownApprovers: ['public_services_authority', 'informatization_authority'],
      localizedDetail: {
        ru:
          'В реестре нет действующей организации с ролью «уполномоченный орган в сфере государственных услуг». ' +
          'В реестре нет действующей организации с ролью «уполномоченный орган в сфере информатизации».',
      },
    });
    expect(refused.json<{ localizedDetail: { kk: string } }>().localizedDetail.kk).toContain(
      '«мемлекеттік көрсетілетін қызметтер саласындағы уәкілетті орган» рөлі берілген жұмыс істеп тұрған ұйым жоқ',
    );
  });

  it('derives the demo’s approvers from the roles alone: the digital ministry as both authorities', async () => {
    await registryHolds(seededBut(...demoAuthoritiesOnly));
    const id = await demoStandard('in_discussion');
    clock.set(noticeAt);
    expect((await notice(id)).statusCode).toBe(201);
    const approvals = await approvalsOf(call, id);
    expect(approvals.map((a) => [a.kind, a.organizationId]).sort()).toEqual([
      ['informatization_authority', digitalDevelopment.id],
      ['public_services_authority', digitalDevelopment.id],
    ]);
    const asKind = (kind: string): ApprovalBody => {
      const approval = approvals.find((a) => a.kind === kind);
      if (!approval) throw new Error(`no ${kind} approval`);
      return approval;
    };
    const decide = (approval: ApprovalBody, as: IdentityClaimsInput) =>
      call('POST', `/api/v1/standards/${id}/approvals/${approval.id}/decision`, as, {
        decision: 'approved',
      });
    // The same ministry, but each officer decides only for the part their role plays.
    expect((await decide(asKind('public_services_authority'), demoInformatization)).json()).toMatchObject({
      code: 'APPROVAL_NOT_THE_APPROVER',
    });
    expect((await decide(asKind('public_services_authority'), demoAuthority)).statusCode).toBe(201);
    expect((await decide(asKind('informatization_authority'), demoInformatization)).statusCode).toBe(201);
    expect(await statusOf(id)).toBe('registration');
  });

  it('is registered by the Ministry of Justice the registry names; with two, only the configured BIN chooses', async () => {
    await registryHolds(seededBut(...demoAuthoritiesOnly));
    const id = await demoStandard('registration');
    const registration = { number: '33412', date: '2026-07-06' };
    const act = await call('PUT', `/api/v1/standards/${id}/approving-act`, demoOwner, approvingAct(clock));
    expect(act.statusCode).toBe(200);
    const ambiguous = await call('POST', `/api/v1/standards/${id}/registration`, demoJustice, registration);
    expect(ambiguous.statusCode).toBe(409);
    expect(ambiguous.json()).toMatchObject({
      code: 'JUSTICE_MINISTRY_AMBIGUOUS',
      holders: [
        expect.objectContaining({ organizationId: justice.id }),
        expect.objectContaining({ organizationId: ministryOfJustice.id }),
      ],
    });
    // A replica told which BIN to take while the registry names two: the file's own ministry is out.
    const replica = await startApp(
      testConfig(environment(), { JUSTICE_MINISTRY_BIN: ministryOfJustice.bin }),
      clock,
    );
    try {
      const callReplica = caller(() => ({ app: replica, issuer: environment().issuer }));
      const byTestMinistry = await callReplica(
        'POST',
        `/api/v1/standards/${id}/registration`,
        registrar,
        registration,
      );
      expect(byTestMinistry.json()).toMatchObject({ code: 'JUSTICE_MINISTRY_OFFICER_REQUIRED' });
    } finally {
      await replica.close();
    }
    // Once the registry names one ministry, the demo needs no configuration at all.
    await registryHolds(seededBut(...demoAuthoritiesOnly, { ...justice, roles: [] }));
    const registered = await call('POST', `/api/v1/standards/${id}/registration`, demoJustice, registration);
    expect(registered.statusCode).toBe(201);
    // Registered, in force once officially published (Law "On legal acts", D31).
    expect(await statusOf(id)).toBe('registered');
  });

  it('lets nobody act for the Ministry of Justice while no active organisation holds its role', async () => {
    await registryHolds(seededBut(...demoAuthoritiesOnly, { ...justice, roles: [] }));
    const id = await demoStandard('registration');
    await registryHolds(
      seededBut(...demoAuthoritiesOnly, { ...justice, roles: [] }, { ...ministryOfJustice, active: false }),
    );
    const refused = await call('POST', `/api/v1/standards/${id}/registration/refusals`, demoJustice, {
      reasons: { kk: 'Себебі', ru: 'Причина' },
    });
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({
      code: 'JUSTICE_MINISTRY_UNKNOWN',
      localizedDetail: {
        ru: 'В реестре нет действующей организации с ролью «Министерство юстиции Республики Казахстан».',
      },
    });
  });
});
