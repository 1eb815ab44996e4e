import type { IdentityClaimsInput } from '@kzps/auth';
import { TestClock } from '@kzps/testing';
import { startService, type RunningService } from '../test/harness';
import { organization, publishOrganizations, type TestOrganization } from '../test/organizations';
import type {
  InternalControlReportView,
  InternalControlRequestView,
  LateReportsPage,
} from './internal-control.service';

const qa = organization(['quality-authority']);
const otherBody = organization(['public-services-authority']);
const onTime = organization(['service-owner']);
const tardy = organization(['service-owner']);
const silent = organization(['service-owner']);
const requested = organization(['service-owner']);
const providerOnly = organization(['provider']);

const inspector = { subject: 'qa-internal', roles: ['quality-authority' as const], organizationId: qa.id };
const impostor = {
  subject: 'qa-impostor',
  roles: ['quality-authority' as const],
  organizationId: otherBody.id,
};
const officerOf = (o: TestOrganization): IdentityClaimsInput => ({
  subject: `owner-${o.bin}`,
  roles: ['owner-officer'],
  organizationId: o.id,
});
const code = (response: { json<T>(): T }) => response.json<{ code: string }>().code;

const report = (period: object) => ({
  ...period,
  units: [
    {
      kind: 'territorial-unit',
      name: { kk: 'Облыс бойынша департамент', ru: 'Департамент по области' },
      checks: 3,
      violations: 1,
      measures: { kk: 'Нұсқау берілді', ru: 'Проведен инструктаж' },
    },
  ],
  summary: { kk: '3 тексеру, 1 бұзушылық', ru: '3 проверки, 1 нарушение' },
});

describe('internal control of quality: owners’ reports (Art. 22.4-5)', () => {
  const clock = new TestClock(new Date('2026-07-10T05:00:00.000Z'));
  let service: RunningService;

  beforeAll(async () => {
    service = await startService('monitoring_internal_control', clock);
    await publishOrganizations(service, qa, otherBody, onTime, tardy, silent, requested, providerOnly);
  }, 60_000);

  afterAll(async () => {
    await service.stop();
  });

  afterEach(() => clock.set('2026-07-10T05:00:00.000Z'));

  const submit = (as: IdentityClaimsInput, body: object) =>
    service.call('POST', '/api/v1/monitoring/internal-control/reports', as, body);
  const violations = async (year: number): Promise<LateReportsPage> =>
    (
      await service.call(
        'GET',
        `/api/v1/monitoring/internal-control/violations?year=${year}&size=200`,
        inspector,
      )
    ).json<LateReportsPage>();

  it('lets only a service owner’s officer report and only the quality authority request (Art. 22.5)', async () => {
    const provider = {
      subject: 'provider-1',
      roles: ['provider-officer' as const],
      organizationId: providerOnly.id,
    };
    expect(code(await submit(provider, report({ halfYear: '2026-H1' })))).toBe('ROLE_FORBIDDEN');
    expect(code(await submit(officerOf(providerOnly), report({ halfYear: '2026-H1' })))).toBe(
      'INTERNAL_CONTROL_NOT_AN_OWNER',
    );
    expect(code(await submit(officerOf(onTime), report({})))).toBe('INTERNAL_CONTROL_PERIOD_REQUIRED');
    clock.set('2026-06-20T05:00:00.000Z');
    expect(code(await submit(officerOf(onTime), report({ halfYear: '2026-H1' })))).toBe(
      'INTERNAL_CONTROL_PERIOD_NOT_ENDED',
    );

    const request = {
      ownerOrganizationId: requested.id,
      subject: { kk: 'Мерзімдер', ru: 'Сроки' },
      periodFrom: '2026-01-01',
      periodTo: '2026-05-31',
      dueDate: '2026-07-01',
    };
    const byOwner = await service.call(
      'POST',
      '/api/v1/monitoring/internal-control/requests',
      officerOf(onTime),
      request,
    );
    expect(code(byOwner)).toBe('ROLE_FORBIDDEN');
    const byImpostor = await service.call(
      'POST',
      '/api/v1/monitoring/internal-control/requests',
      impostor,
      request,
    );
    expect(code(byImpostor)).toBe('QUALITY_AUTHORITY_NOT_YOURS');
    const toProvider = await service.call('POST', '/api/v1/monitoring/internal-control/requests', inspector, {
      ...request,
      ownerOrganizationId: providerOnly.id,
    });
    expect(code(toProvider)).toBe('INTERNAL_CONTROL_OWNER_UNKNOWN');
  });

  it('lists an owner whose half-year report is late or missing as a violation (Art. 22.5)', async () => {
    const first = await submit(officerOf(onTime), report({ halfYear: '2026-H1' }));
    expect(first.statusCode).toBe(201);
    // The tenth working day after 30 June 2026, 6 July (Capital Day) skipped (D27).
    expect(first.json<InternalControlReportView>()).toMatchObject({ dueDate: '2026-07-15', late: false });
    expect(code(await submit(officerOf(onTime), report({ halfYear: '2026-H1' })))).toBe(
      'INTERNAL_CONTROL_REPORT_ALREADY_SUBMITTED',
    );

    clock.set('2026-07-15T18:00:00.000Z'); // 23:00 in Almaty: the due date itself
    const onDueDate = (await violations(2026)).items.map((v) => v.ownerOrganizationId);
    expect(onDueDate).not.toContain(silent.id);

    clock.set('2026-07-20T05:00:00.000Z');
    const late = await submit(officerOf(tardy), report({ halfYear: '2026-H1' }));
    expect(late.json<InternalControlReportView>()).toMatchObject({ submittedOn: '2026-07-20', late: true });
    const listed = (await violations(2026)).items.filter((v) => v.halfYear === '2026-H1');
    const owners = listed.map((v) => v.ownerOrganizationId);
    expect(owners).not.toContain(onTime.id);
    expect(listed).toContainEqual(
      expect.objectContaining({ ownerOrganizationId: tardy.id, submittedOn: '2026-07-20', daysLate: 5 }),
    );
    expect(listed).toContainEqual(
      expect.objectContaining({
        ownerOrganizationId: silent.id,
        ownerName: { kk: `Ұйым ${silent.bin}`, ru: `Организация ${silent.bin}` },
        submittedOn: null,
        reportId: null,
        dueDate: '2026-07-15',
        daysLate: 5,
      }),
    );
    const own = await service.call('GET', '/api/v1/monitoring/internal-control/reports', officerOf(tardy));
    expect(
      own.json<{ items: InternalControlReportView[] }>().items.map((r) => r.ownerOrganizationId),
    ).toEqual([tardy.id]);
  });

  it('holds an owner to the due date of the quality authority’s request, and lists it when missed', async () => {
    const asked = await service.call('POST', '/api/v1/monitoring/internal-control/requests', inspector, {
      ownerOrganizationId: requested.id,
      subject: { kk: 'Жергілікті бөлімшелер', ru: 'Территориальные подразделения' },
      periodFrom: '2026-01-01',
      periodTo: '2026-06-30',
      dueDate: '2026-08-15',
    });
    expect(asked.statusCode).toBe(201);
    const request = asked.json<InternalControlRequestView>();
    // 15 August 2026 is a Saturday: the request is due on the next working day.
    expect(request).toMatchObject({ dueDate: '2026-08-17', requestedOn: '2026-07-10' });
    expect(code(await submit(officerOf(onTime), report({ requestId: request.requestId })))).toBe(
      'INTERNAL_CONTROL_REQUEST_NOT_FOUND',
    );
    const mine = await service.call(
      'GET',
      '/api/v1/monitoring/internal-control/requests',
      officerOf(requested),
    );
    expect(mine.json<{ items: InternalControlRequestView[] }>().items.map((r) => r.requestId)).toEqual([
      request.requestId,
    ]);

    const forRequest = async () =>
      (await violations(2026)).items.filter((v) => v.requestId === request.requestId);
    clock.set('2026-08-17T05:00:00.000Z');
    expect(await forRequest()).toEqual([]);
    clock.set('2026-08-19T05:00:00.000Z');
    expect(await forRequest()).toEqual([
      expect.objectContaining({
        obligation: 'request',
        submittedOn: null,
        daysLate: 2,
        ownerOrganizationId: requested.id,
      }),
    ]);
    const answered = await submit(officerOf(requested), report({ requestId: request.requestId }));
    expect(answered.json<InternalControlReportView>()).toMatchObject({
      periodFrom: '2026-01-01',
      periodTo: '2026-06-30',
      late: true,
    });
    expect(await forRequest()).toEqual([
      expect.objectContaining({
        submittedOn: '2026-08-19',
        reportId: answered.json<InternalControlReportView>().reportId,
      }),
    ]);
  });
});
