import type { IdentityClaimsInput } from '@kzps/auth';
import { StandardsEventTypes } from '@kzps/contracts';
import { localPscSetting } from '../test/local-psc';
import { auditOf, outboxEvents, type StandardBody } from '../test/probes';
import { standardAt } from '../test/standard-lifecycle';
import { useStandardsApp } from '../test/test-app';

// The reglament of a standard in force (Art. 10). Each test brings a service of its own into force, so
// each runs alone and in any order.

const setting = localPscSetting();
const { akimatA, akimatB, psa, ia, owner, registrar, organizations } = setting;
const includedAt = new Date('2026-02-20T05:00:00Z');

describe('reglament', () => {
  const { app, call, clock, driver } = useStandardsApp('standards_reglament', organizations, includedAt);

  /** A local service two akimats deliver, also through a PSC; its standard (term 4 days) in force from 6 May. */
  function localPscInForce(): Promise<string> {
    return standardAt(
      driver(),
      setting.journey('in_force', includedAt, { noticeAt: new Date('2026-05-06T06:00:00Z') }),
    );
  }

  const step = (value: number, unit: string) => ({
    title: { kk: 'Қабылдау', ru: 'Приём' },
    responsibleUnit: { kk: 'Кеңсе', ru: 'Канцелярия' },
    officialRole: { kk: 'Маман', ru: 'Специалист' },
    informationSystem: { kk: 'ЖТ МДҚ АЖ', ru: 'ИС ГБД ФЛ' },
    duration: { value, unit },
  });
  const reglament = (steps: object[]) => ({
    generalProvisions: { kk: 'Жалпы ережелер', ru: 'Общие положения' },
    steps,
    interactions: {
      internal: { kk: 'Ішкі', ru: 'Внутреннее' },
      psc: { kk: 'ХҚКО', ru: 'ЦОН' },
    },
  });

  it('refuses steps that add up to more than the standard’s term', async () => {
    const id = await localPscInForce();
    clock.set('2026-05-08T06:00:00Z');
    const response = await call(
      'PUT',
      `/api/v1/standards/${id}/reglament`,
      owner,
      reglament([step(3, 'working_days'), step(9, 'hours')]),
    );
    expect(response.statusCode).toBe(422);
    expect(response.json()).toMatchObject({
      code: 'REGLAMENT_STEPS_EXCEED_TERM',
      stepsTotal: 5,
      termLimit: 4,
    });
  });

  it("Art. 5, 11.1.3: names a step's information system in Kazakh and Russian, refusing one string", async () => {
    const id = await localPscInForce();
    clock.set('2026-05-08T06:00:00Z');
    const oneString = await call('PUT', `/api/v1/standards/${id}/reglament`, owner, {
      ...reglament([{ ...step(1, 'working_days'), informationSystem: 'ИС ГБД ФЛ' }]),
    });
    expect(oneString.statusCode).toBe(400);
    const fields = oneString.json<{ errors: Array<{ field: string }> }>().errors.map((e) => e.field);
    expect(new Set(fields)).toEqual(new Set(['steps.0.informationSystem']));

    const drafted = await call(
      'PUT',
      `/api/v1/standards/${id}/reglament`,
      owner,
      reglament([step(1, 'working_days')]),
    );
    expect(drafted.statusCode).toBe(200);
    const read = await call('GET', `/api/v1/standards/${id}/reglament`);
    expect(read.json<{ steps: Array<{ informationSystem: unknown }> }>().steps[0]?.informationSystem).toEqual(
      {
        kk: 'ЖТ МДҚ АЖ',
        ru: 'ИС ГБД ФЛ',
      },
    );
  });

  it('is agreed by the informatization authority and adopted by a resolution of each akimat delivering it', async () => {
    const id = await localPscInForce();
    clock.set('2026-05-08T06:00:00Z');
    const approval = (as: IdentityClaimsInput, act: object) =>
      call('POST', `/api/v1/standards/${id}/reglament/approval`, as, act);
    const reglamentTerm = async () =>
      (await call('GET', `/api/v1/standards/${id}`))
        .json<StandardBody>()
        .terms.find((t) => t.kind === 'reglament');

    const draft = await call(
      'PUT',
      `/api/v1/standards/${id}/reglament`,
      owner,
      reglament([step(30, 'minutes'), step(3, 'working_days')]),
    );
    expect(draft.statusCode).toBe(200);
    expect(draft.json()).toMatchObject({
      actKind: 'akimat_resolution',
      informatizationRequired: true,
      awaitingActsFrom: [akimatA.id, akimatB.id].sort(),
    });
    const act = (actNumber: string) => ({ actNumber, actDate: '2026-05-08' });
    // Art. 10.3: the ministry that owns the standard does not adopt a local service's reglament.
    expect((await approval(owner, act('1'))).json()).toMatchObject({
      code: 'REGLAMENT_NOT_AN_APPROVING_BODY',
    });
    expect((await approval(setting.officer(akimatA), act('145'))).json()).toMatchObject({
      code: 'REGLAMENT_INFORMATIZATION_AGREEMENT_MISSING',
    });
    expect(
      (await call('POST', `/api/v1/standards/${id}/reglament/agreement`, setting.officer(psa))).statusCode,
    ).toBe(403);
    expect(
      (await call('POST', `/api/v1/standards/${id}/reglament/agreement`, setting.officer(ia))).statusCode,
    ).toBe(200);
    expect(
      (await approval(setting.officer(akimatA), { actNumber: '145', actDate: '2026-05-01' })).json(),
    ).toMatchObject({ code: 'REGLAMENT_ACT_DATE_OUT_OF_RANGE', earliest: '2026-05-06' });

    const byFirst = await approval(setting.officer(akimatA), act('145'));
    expect(byFirst.json()).toMatchObject({ status: 'draft', awaitingActsFrom: [akimatB.id] });
    expect((await approval(setting.officer(akimatA), act('146'))).json()).toMatchObject({
      code: 'REGLAMENT_ACT_ALREADY_RECORDED',
    });
    // Adopted by one akimat, the text is fixed for the others.
    expect(
      (
        await call('PUT', `/api/v1/standards/${id}/reglament`, owner, reglament([step(1, 'working_days')]))
      ).json(),
    ).toMatchObject({ code: 'REGLAMENT_APPROVED' });
    expect((await reglamentTerm())?.status).toBe('open');

    const bySecond = await approval(setting.officer(akimatB), act('77'));
    expect(bySecond.json()).toMatchObject({
      status: 'approved',
      acts: [
        { organizationId: akimatA.id, actNumber: '145' },
        { organizationId: akimatB.id, actNumber: '77' },
      ],
      awaitingActsFrom: [],
    });
    const events = await outboxEvents(app(), StandardsEventTypes.reglamentApproved, id);
    expect(events.map((e) => [e.payload.approvingOrganizationId, e.payload.complete])).toEqual([
      [akimatA.id, false],
      [akimatB.id, true],
    ]);
    expect((await reglamentTerm())?.status).toBe('met');
    // Art. 24: who did what along the standard's path, in the same transactions.
    const audit = await auditOf(app(), id);
    expect(audit.map((r) => r.action)).toEqual(
      expect.arrayContaining([
        'standard.create',
        'standard.discussion.open',
        'standard.notice.publish',
        'standard.register',
        'standard.reglament.approve',
      ]),
    );
    expect(audit.find((r) => r.action === 'standard.register')?.actor_subject).toBe(registrar.subject);
  });
});
