import type { IdentityClaimsInput } from '@kzps/auth';
import { randomUUID } from 'node:crypto';
import { MonitoringEventTypes } from '@kzps/contracts';
import { jsonSchemaProblems, TestClock } from '@kzps/testing';
import { DataSource } from 'typeorm';
import type { AccreditationView } from '../accreditations/accreditations.service';
import { startService, type RunningService } from '../test/harness';
import { organization, publishOrganizations } from '../test/organizations';
import { accredit, applicationOf, ngoMonitor } from '../test/public-monitoring';
import type { MonitoringReportView, StateOrderView } from './monitoring-reports.service';

const qa = organization(['quality-authority']);
const owner = organization(['service-owner']);
const inspector = { subject: 'qa-orders', roles: ['quality-authority' as const], organizationId: qa.id };
const ownerOfficer = { subject: 'owner-reader', roles: ['owner-officer' as const], organizationId: owner.id };
const validity = { validFrom: '2026-09-01', validUntil: '2029-08-31' };
const code = (response: { json<T>(): T }) => response.json<{ code: string }>().code;

describe('public monitoring by NGOs: state orders and monitoring reports (Art. 23.1, 23.5)', () => {
  const clock = new TestClock(new Date('2026-09-01T05:00:00.000Z'));
  let service: RunningService;

  beforeAll(async () => {
    service = await startService('monitoring_ngo_reports', clock);
    await publishOrganizations(service, qa, owner);
  }, 60_000);

  afterAll(async () => {
    await service.stop();
  });

  afterEach(() => clock.set('2026-09-01T05:00:00.000Z'));

  const order = (accreditationId: string) => ({
    accreditationId,
    subject: { kk: 'ХҚКО мониторингі', ru: 'Мониторинг ЦОН' },
    serviceIds: [randomUUID()],
    periodFrom: '2026-09-01',
    periodTo: '2026-11-30',
    reportDueDate: '2026-12-15',
  });
  const issueOrder = async (accreditationId: string): Promise<StateOrderView> => {
    const response = await service.call(
      'POST',
      '/api/v1/monitoring/monitoring-reports/state-orders',
      inspector,
      order(accreditationId),
    );
    expect(response.statusCode).toBe(201);
    return response.json<StateOrderView>();
  };
  const report = (basis: string, stateOrderId?: string) => ({
    basis,
    ...(stateOrderId ? { stateOrderId } : {}),
    periodFrom: '2026-09-01',
    periodTo: '2026-11-30',
    summary: { kk: '300 алушы сұралды', ru: 'Опрошено 300 получателей' },
    findings: [
      {
        serviceId: randomUUID(),
        providerOrganizationId: randomUUID(),
        text: { kk: 'Құжаттар тізбесі артық', ru: 'Перечень документов избыточен' },
        proposal: 'change',
      },
    ],
  });
  const submit = (as: IdentityClaimsInput, body: object) =>
    service.call('POST', '/api/v1/monitoring/monitoring-reports', as, body);

  it('orders monitoring only from the quality authority, to an NGO accredited today (Art. 23.1)', async () => {
    const monitor = ngoMonitor();
    const applied = await service.call('POST', '/api/v1/monitoring/accreditations', monitor, applicationOf());
    const pending = applied.json<AccreditationView>().accreditationId;
    const byMonitor = await service.call(
      'POST',
      '/api/v1/monitoring/monitoring-reports/state-orders',
      monitor,
      order(pending),
    );
    expect(code(byMonitor)).toBe('ROLE_FORBIDDEN');
    const toUnaccredited = await service.call(
      'POST',
      '/api/v1/monitoring/monitoring-reports/state-orders',
      inspector,
      order(pending),
    );
    expect(code(toUnaccredited)).toBe('ACCREDITATION_NOT_IN_FORCE');
  });

  it('accepts an accredited report only from the accredited NGO the state order was given to (Art. 23.1, 23.5)', async () => {
    const monitor = ngoMonitor();
    const stranger = ngoMonitor();
    const accreditation = await accredit(service, monitor, inspector, validity);
    const stateOrder = await issueOrder(accreditation.accreditationId);
    clock.set('2026-12-05T06:00:00.000Z');

    const byStranger = await submit(stranger, report('state-order', stateOrder.stateOrderId));
    expect(code(byStranger)).toBe('STATE_ORDER_NOT_FOUND');
    expect(code(await submit(monitor, report('state-order')))).toBe('MONITORING_REPORT_ORDER_REQUIRED');

    const accepted = await submit(monitor, report('state-order', stateOrder.stateOrderId));
    expect(accepted.statusCode).toBe(201);
    const view = accepted.json<MonitoringReportView>();
    expect(view).toMatchObject({
      accredited: true,
      accreditationId: accreditation.accreditationId,
      stateOrderId: stateOrder.stateOrderId,
    });
    expect(code(await submit(monitor, report('state-order', stateOrder.stateOrderId)))).toBe(
      'MONITORING_REPORT_ALREADY_SUBMITTED',
    );
    const [event] = await service.app
      .get(DataSource)
      .query<Array<{ payload: Record<string, unknown> }>>(
        `SELECT payload FROM outbox_message WHERE event_type = $1 AND message_key = $2`,
        [MonitoringEventTypes.monitoringReportAccepted, view.reportId],
      );
    expect(event?.payload).toMatchObject({ accredited: true, basis: 'state-order' });
    expect(jsonSchemaProblems(MonitoringEventTypes.monitoringReportAccepted, event?.payload)).toEqual([]);
    const orders = await service.call('GET', '/api/v1/monitoring/monitoring-reports/state-orders', monitor);
    expect(orders.json<{ items: StateOrderView[] }>().items).toEqual([
      expect.objectContaining({ stateOrderId: stateOrder.stateOrderId, reportId: view.reportId }),
    ]);
  });

  it('refuses a state-order report while the NGO’s accreditation is suspended', async () => {
    const monitor = ngoMonitor();
    const accreditation = await accredit(service, monitor, inspector, validity);
    const stateOrder = await issueOrder(accreditation.accreditationId);
    await service.call(
      'POST',
      `/api/v1/monitoring/accreditations/${accreditation.accreditationId}/suspension`,
      inspector,
      {
        reason: { kk: 'Тексеру', ru: 'Проверка' },
      },
    );
    clock.set('2026-12-05T06:00:00.000Z');
    expect(code(await submit(monitor, report('state-order', stateOrder.stateOrderId)))).toBe(
      'ACCREDITATION_NOT_IN_FORCE',
    );
  });

  it('accepts own-initiative monitoring from any NGO and keeps it apart from accredited results (Art. 23.1)', async () => {
    const independent = ngoMonitor();
    clock.set('2026-12-05T06:00:00.000Z');
    const withOrder = await submit(independent, report('own-initiative', randomUUID()));
    expect(code(withOrder)).toBe('MONITORING_REPORT_ORDER_UNEXPECTED');
    const own = await submit(independent, report('own-initiative'));
    expect(own.statusCode).toBe(201);
    const ownReport = own.json<MonitoringReportView>();
    expect(ownReport).toMatchObject({ accredited: false, accreditationId: null, stateOrderId: null });

    const ids = async (query: string) =>
      (await service.call('GET', `/api/v1/monitoring/monitoring-reports?size=200${query}`, ownerOfficer))
        .json<{ items: MonitoringReportView[] }>()
        .items.map((r) => [r.reportId, r.accredited]);
    expect(await ids('')).not.toContainEqual([ownReport.reportId, false]);
    expect((await ids('')).every(([, accredited]) => accredited === true)).toBe(true);
    expect(await ids('&accredited=false')).toContainEqual([ownReport.reportId, false]);
    const byService = await ids(`&accredited=false&serviceId=${ownReport.findings[0]?.serviceId}`);
    expect(byService).toEqual([[ownReport.reportId, false]]);
  });
});
