import { StandardsEventTypes, Topics } from '@kzps/contracts';
import { TermCalendar } from '../clocks/term-calendar';
import { consumeUntil } from '../test/harness';
import { localPscSetting } from '../test/local-psc';
import { approvalsOf, auditOf, outboxEvents, type StandardBody } from '../test/probes';
import { approvingAct, standardAt } from '../test/standard-lifecycle';
import { useStandardsApp } from '../test/test-app';

// Registration of an agreed standard by the Ministry of Justice (Art. 7.2) and what follows it: the
// standard in force, its event, and the publication and reglament terms. Each test brings a service of its
// own to registration, so each runs alone and in any order.

const setting = localPscSetting();
const { ministry, akimatA, akimatB, otherMinistry, owner, registrar, organizations } = setting;
const includedAt = new Date('2026-02-20T05:00:00Z');
// Every body agrees on 6 May 2026, between the May holidays. A registration number is the State register's
// (one act each), so every test registers under a number of its own.
const agreedAt = new Date('2026-05-06T06:00:00Z');

describe('registration of a standard (Art. 7.2)', () => {
  const { app, call, clock, driver } = useStandardsApp('standards_registration', organizations, includedAt);

  const standard = async (id: string): Promise<StandardBody> =>
    (await call('GET', `/api/v1/standards/${id}`)).json<StandardBody>();

  it('lets only the Ministry of Justice refuse registration, with reasons, back to revision and a new round (Art. 7.2)', async () => {
    const id = await standardAt(
      driver(),
      setting.journey('registration', includedAt, { noticeAt: agreedAt }),
    );
    const reasons = {
      kk: 'Құқықтық сараптама: 8.7-тармақ заңға сәйкес емес',
      ru: 'Правовая экспертиза: пункт 8.7 не соответствует закону',
    };
    const byOtherBody = await call(
      'POST',
      `/api/v1/standards/${id}/registration/refusals`,
      setting.officer(otherMinistry),
      { reasons },
    );
    expect(byOtherBody.statusCode).toBe(403);
    expect(byOtherBody.json()).toMatchObject({ code: 'JUSTICE_MINISTRY_OFFICER_REQUIRED' });
    expect(
      (await call('POST', `/api/v1/standards/${id}/registration/refusals`, registrar, {})).statusCode,
    ).toBe(400);

    const refused = await call('POST', `/api/v1/standards/${id}/registration/refusals`, registrar, {
      reasons,
    });
    expect(refused.statusCode).toBe(201);
    expect((await standard(id)).status).toBe('revision');
    expect((await call('GET', `/api/v1/standards/${id}/registration/refusals`)).json()).toMatchObject({
      total: 1,
      items: [{ reasons }],
    });
    const [event] = await outboxEvents(app(), StandardsEventTypes.registrationRefused, id);
    expect(event?.payload).toMatchObject({ standardId: id, reasons });
    expect((await auditOf(app(), id)).map((r) => r.action)).toContain('standard.registration.refuse');
    expect(
      (
        await call('POST', `/api/v1/standards/${id}/registration`, registrar, {
          number: '33123',
          date: '2026-05-06',
        })
      ).json(),
    ).toMatchObject({ code: 'REGISTRATION_NOT_AGREED' });

    // Revised, the draft goes to every body again: round 2.
    expect((await call('POST', `/api/v1/standards/${id}/approvals`, owner)).statusCode).toBe(201);
    const roundTwo = await approvalsOf(call, id, 'round=2');
    expect(roundTwo.map((a) => a.status)).toEqual(['pending', 'pending', 'pending', 'pending']);
    for (const approval of roundTwo) {
      const decided = await call(
        'POST',
        `/api/v1/standards/${id}/approvals/${approval.id}/decision`,
        setting.approverOf(approval),
        { decision: 'approved' },
      );
      expect(decided.statusCode).toBe(201);
    }
    expect((await standard(id)).status).toBe('registration');
  });

  it('registers only on a real date from the last agreement until today, and only by the Ministry of Justice', async () => {
    const id = await standardAt(
      driver(),
      setting.journey('registration', includedAt, { noticeAt: agreedAt }),
    );
    // Art. 7.1: the ministry's order approves the agreed version; the registration registers it.
    const act = await call('PUT', `/api/v1/standards/${id}/approving-act`, owner, approvingAct(clock));
    expect(act.statusCode).toBe(200);
    const register = (body: object, as = registrar) =>
      call('POST', `/api/v1/standards/${id}/registration`, as, body);
    const before2005 = await register({ number: '33124', date: '1990-01-01' });
    expect(before2005.statusCode).toBe(400);
    expect(before2005.json()).toMatchObject({
      code: 'VALIDATION_FAILED',
      errors: [{ field: 'date', constraint: 'isCalendarDate' }],
    });
    expect((await register({ number: '33124', date: '2026-05-07' })).json()).toMatchObject({
      code: 'REGISTRATION_DATE_IN_FUTURE',
    });
    expect((await register({ number: '33124', date: '2026-05-05' })).json()).toMatchObject({
      code: 'REGISTRATION_BEFORE_AGREEMENT',
      agreedOn: '2026-05-06',
    });
    expect((await register({ number: '1', date: '2026-05-06' }, owner)).statusCode).toBe(403);
    expect(
      (await register({ number: '1', date: '2026-05-06' }, setting.officer(otherMinistry))).json(),
    ).toMatchObject({ code: 'JUSTICE_MINISTRY_OFFICER_REQUIRED' });
    const registered = await register({ number: '33124', date: '2026-05-06' });
    expect(registered.statusCode).toBe(201);
    // Registered, it waits for its official publication and its day (Law "On legal acts", D31).
    expect((await standard(id)).status).toBe('registered');
  });

  it('serves the standard in force for the service and raises its event with the whole content', async () => {
    const journey = setting.journey('in_force', includedAt, {
      noticeAt: agreedAt,
      registrationNumber: '33125',
    });
    const id = await standardAt(driver(), journey);
    const response = await call('GET', `/api/v1/standards?serviceId=${journey.service.id}&inForce=true`);
    const body = response.json<{ items: StandardBody[]; total: number; page: number; size: number }>();
    expect(body).toMatchObject({ total: 1, page: 1, size: 20 });
    expect(body.items[0]?.status).toBe('in_force');
    expect(body.items[0]?.inForce?.content).toMatchObject({ term: { value: 4, unit: 'working_days' } });
    const [event] = await outboxEvents(app(), StandardsEventTypes.standardInForce, id);
    expect(event?.payload).toMatchObject({
      serviceId: journey.service.id,
      registrationNumber: '33125',
      // The owner and providers are the registry's (Art. 6.2), not free text of the draft.
      ownerOrganizationId: ministry.id,
      providerOrganizationIds: [akimatA.id, akimatB.id],
      channels: ['provider', 'psc'],
      term: { value: 4, unit: 'working_days', acceptanceDayCounts: true },
      queueWait: { applyingMinutes: 15, collectingMinutes: 15 },
      fee: { free: true },
    });
    // The relay really published it, keyed by the standard.
    const published = await consumeUntil(
      driver().kafka,
      Topics.standards,
      (m) => m.key === id && m.type === StandardsEventTypes.standardInForce,
    );
    expect(published.value).toMatchObject({ standardId: id, registrationNumber: '33125' });
  });

  it('opens the 3-working-day publication term and the one-month reglament term over the May holidays', async () => {
    const id = await standardAt(driver(), setting.journey('in_force', includedAt, { noticeAt: agreedAt }));
    const calendar = app().get(TermCalendar);
    const inForceFrom = calendar.startOfDay('2026-05-06');
    const byKind = Object.fromEntries((await standard(id)).terms.map((t) => [t.kind, t]));
    expect(byKind.public_information).toMatchObject({
      dueDate: calendar.workingDaysAfter(inForceFrom, 3).dueDate,
      dueAt: calendar.workingDaysAfter(inForceFrom, 3).dueAt.toISOString(),
    });
    expect(byKind.reglament?.dueDate).toBe(calendar.monthsAfter(inForceFrom, 1).dueDate);
    // By hand: 7 May is a holiday, 9 May a Saturday holiday moved to Monday 11 May: 8, 12 and 13 May
    // are the three working days; a month from 6 May ends on Saturday 6 June, so on Monday 8 June.
    expect(byKind.public_information?.dueDate).toBe('2026-05-13');
    expect(byKind.public_information?.skipped.map((d) => d.date)).toEqual([
      '2026-05-07',
      '2026-05-09',
      '2026-05-10',
      '2026-05-11',
    ]);
    expect(byKind.reglament?.dueDate).toBe('2026-06-08');
    expect(byKind.standard_adoption?.status).toBe('met');
  });
});
