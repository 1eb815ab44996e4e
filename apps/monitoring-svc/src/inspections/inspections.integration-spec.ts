import { randomUUID } from 'node:crypto';
import { MonitoringEventTypes } from '@kzps/contracts';
import { jsonSchemaProblems, TestClock } from '@kzps/testing';
import { DataSource } from 'typeorm';
import { startService, type RunningService } from '../test/harness';
import { organization, publishOrganizations } from '../test/organizations';
import type { InspectionView, OrderView, PublishedInspectionView } from './inspection-views';
import { OverdueOrdersWatcher } from './overdue-orders.watcher';

const qa = organization(['quality-authority']);
const otherBody = organization(['public-services-authority']);
const owner = organization(['service-owner']);
const provider = organization(['provider'], owner.id);

const inspector = { subject: 'qa-inspector', roles: ['quality-authority' as const], organizationId: qa.id };
/** Holds the role in its token but acts for a body the registry does not designate (D18). */
const impostor = {
  subject: 'qa-impostor',
  roles: ['quality-authority' as const],
  organizationId: otherBody.id,
};
const ownerOfficer = {
  subject: 'owner-officer',
  roles: ['owner-officer' as const],
  organizationId: owner.id,
};
const providerOfficer = {
  subject: 'provider-officer',
  roles: ['provider-officer' as const],
  organizationId: provider.id,
};

const text = (ru: string) => ({ kk: `${ru} (kk)`, ru });
const code = (response: { json<T>(): T }) => response.json<{ code: string }>().code;

describe('external control of quality: inspections (Art. 22.1, 22.3)', () => {
  const clock = new TestClock(new Date('2026-08-20T05:00:00.000Z'));
  let service: RunningService;

  beforeAll(async () => {
    service = await startService('monitoring_inspections', clock);
    await publishOrganizations(service, qa, otherBody, owner, provider);
  }, 60_000);

  afterAll(async () => {
    await service.stop();
  });

  afterEach(() => clock.set('2026-08-20T05:00:00.000Z'));

  const unplanned = (overrides: object = {}) => ({
    kind: 'unplanned',
    ground: { kind: 'complaint', reference: randomUUID() },
    subjectOrganizationId: owner.id,
    subjectRole: 'owner',
    serviceIds: [randomUUID()],
    startDate: '2026-09-01',
    endDate: '2026-09-14',
    ...overrides,
  });

  const schedule = async (body: object = unplanned()): Promise<InspectionView> => {
    const response = await service.call('POST', '/api/v1/monitoring/inspections', inspector, body);
    expect(response.statusCode).toBe(201);
    return response.json<InspectionView>();
  };

  const outbox = (type: string) =>
    service.app
      .get(DataSource)
      .query<Array<{ payload: Record<string, unknown> }>>(
        `SELECT payload FROM outbox_message WHERE event_type = $1 ORDER BY created_at`,
        [type],
      );

  it('lets only officers of the quality authority the registry designates schedule (Art. 22.3, D18)', async () => {
    const byOwner = await service.call('POST', '/api/v1/monitoring/inspections', ownerOfficer, unplanned());
    expect(byOwner.statusCode).toBe(403);
    expect(code(byOwner)).toBe('ROLE_FORBIDDEN');
    const byImpostor = await service.call('POST', '/api/v1/monitoring/inspections', impostor, unplanned());
    expect(byImpostor.statusCode).toBe(403);
    expect(code(byImpostor)).toBe('QUALITY_AUTHORITY_NOT_YOURS');

    const scheduled = await schedule();
    expect(scheduled).toMatchObject({ status: 'scheduled', qualityAuthorityId: qa.id, planYear: null });
    const [event] = (await outbox(MonitoringEventTypes.inspectionScheduled)).filter(
      (e) => e.payload.inspectionId === scheduled.inspectionId,
    );
    expect(jsonSchemaProblems(MonitoringEventTypes.inspectionScheduled, event?.payload)).toEqual([]);
  });

  it('holds an unplanned inspection on a ground and a planned one in the yearly plan (Art. 22.3.1)', async () => {
    const groundless = await service.call(
      'POST',
      '/api/v1/monitoring/inspections',
      inspector,
      unplanned({ ground: undefined }),
    );
    expect(groundless.statusCode).toBe(422);
    expect(code(groundless)).toBe('INSPECTION_GROUND_REQUIRED');
    const notAnOwner = await service.call(
      'POST',
      '/api/v1/monitoring/inspections',
      inspector,
      unplanned({ subjectOrganizationId: provider.id }),
    );
    expect(code(notAnOwner)).toBe('INSPECTION_SUBJECT_UNKNOWN');

    const planned = await schedule(
      unplanned({
        kind: 'planned',
        ground: undefined,
        subjectOrganizationId: provider.id,
        subjectRole: 'provider',
        startDate: '2027-03-02',
        endDate: '2027-03-13',
      }),
    );
    expect(planned.planYear).toBe(2027);
    const plan = await service.call('GET', '/api/v1/monitoring/inspections/plans/2027', inspector);
    expect(plan.json<{ items: InspectionView[] }>().items.map((i) => i.inspectionId)).toEqual([
      planned.inspectionId,
    ]);
  });

  it('publishes an inspection’s results on completion, readable without a token (Art. 22.3.2)', async () => {
    const inspection = await schedule();
    const path = `/api/v1/monitoring/inspections/${inspection.inspectionId}`;
    const early = await service.call('POST', `${path}/findings`, inspector, {
      violated: { kind: 'standard-item', reference: 'п. 8' },
      description: text('Рано'),
    });
    expect(code(early)).toBe('INSPECTION_NOT_STARTED');

    clock.set('2026-09-10T05:00:00.000Z');
    const finding = await service.call('POST', `${path}/findings`, inspector, {
      serviceId: inspection.serviceIds[0],
      violated: { kind: 'reglament-step', reference: 'шаг 3 / 3-қадам' },
      description: text('Результаты выданы позже срока'),
    });
    expect(finding.statusCode).toBe(201);
    expect(finding.json()).toMatchObject({ recordedOn: '2026-09-10', violated: { kind: 'reglament-step' } });
    const order = await service.call('POST', `${path}/orders`, inspector, {
      findingId: finding.json<{ findingId: string }>().findingId,
      text: text('Обеспечить выдачу результатов в срок'),
      dueDate: '2026-10-17',
    });
    expect(order.statusCode).toBe(201);
    // 17 October 2026 is a Saturday: the order is due on the next working day.
    expect(order.json<OrderView>()).toMatchObject({
      dueDate: '2026-10-19',
      addresseeOrganizationId: owner.id,
    });

    const unpublished = await service.call(
      'GET',
      `/api/v1/monitoring/inspections/published/${inspection.inspectionId}`,
    );
    expect(unpublished.statusCode).toBe(404);
    const completed = await service.call('POST', `${path}/completion`, inspector, {
      summary: text('Нарушен срок; выдано предписание'),
    });
    expect(completed.statusCode).toBe(200);
    expect(completed.json()).toMatchObject({ status: 'completed', completedOn: '2026-09-10' });

    const published = await service.call(
      'GET',
      `/api/v1/monitoring/inspections/published/${inspection.inspectionId}`,
    );
    expect(published.statusCode).toBe(200);
    const results = published.json<PublishedInspectionView>();
    expect(results).toMatchObject({
      groundKind: 'complaint',
      summary: text('Нарушен срок; выдано предписание'),
    });
    expect(results.findings).toHaveLength(1);
    expect(results.orders).toHaveLength(1);
    expect(JSON.stringify(results)).not.toContain(inspection.ground?.reference);
    const listed = await service.call('GET', '/api/v1/monitoring/inspections/published?size=200');
    expect(listed.json<{ items: PublishedInspectionView[] }>().items.map((i) => i.inspectionId)).toContain(
      inspection.inspectionId,
    );
    expect((await service.call('GET', path)).statusCode).toBe(401);

    const again = await service.call('POST', `${path}/findings`, inspector, {
      violated: { kind: 'law-article', reference: 'ст. 5' },
      description: text('Поздно'),
    });
    expect(code(again)).toBe('INSPECTION_COMPLETED');
    for (const type of [
      MonitoringEventTypes.findingRecorded,
      MonitoringEventTypes.orderIssued,
      MonitoringEventTypes.inspectionCompleted,
    ]) {
      const [event] = (await outbox(type)).filter((e) => e.payload.inspectionId === inspection.inspectionId);
      expect(jsonSchemaProblems(type, event?.payload)).toEqual([]);
    }
  });

  it('refuses a finding whose violated norm is not one object naming it (Art. 22.3), writing nothing', async () => {
    const inspection = await schedule();
    clock.set('2026-09-10T05:00:00.000Z');
    const findings = () =>
      service.app
        .get(DataSource)
        .query<Array<{ n: string }>>(
          'SELECT count(*) AS n FROM inspection_finding WHERE inspection_id = $1',
          [inspection.inspectionId],
        );
    const before = await findings();
    for (const violated of [[], [{ kind: 'standard-item', reference: 'п. 8' }], 'п. 8']) {
      const response = await service.call(
        'POST',
        `/api/v1/monitoring/inspections/${inspection.inspectionId}/findings`,
        inspector,
        { violated, description: text('Результаты выданы позже срока') },
      );
      expect({ violated, status: response.statusCode, code: code(response) }).toEqual({
        violated,
        status: 400,
        code: 'VALIDATION_FAILED',
      });
    }
    expect(await findings()).toEqual(before);
  });

  it('announces an order overdue once after its due date, and its later fulfilment as late', async () => {
    const inspection = await schedule(
      unplanned({ subjectOrganizationId: provider.id, subjectRole: 'provider' }),
    );
    clock.set('2026-09-02T05:00:00.000Z');
    const issued = await service.call(
      'POST',
      `/api/v1/monitoring/inspections/${inspection.inspectionId}/orders`,
      inspector,
      {
        text: text('Обновить сведения об услуге'),
        dueDate: '2026-09-15',
      },
    );
    const order = issued.json<OrderView>();
    expect(order).toMatchObject({ dueDate: '2026-09-15', addresseeOrganizationId: provider.id });
    const watcher = service.app.get(OverdueOrdersWatcher);

    clock.set('2026-09-15T17:00:00.000Z'); // 22:00 in Almaty: still the due date
    await watcher.tick();
    const overdue = async () =>
      (await service.call('GET', '/api/v1/monitoring/inspections/orders?state=overdue&size=200', inspector))
        .json<{ items: OrderView[] }>()
        .items.map((o) => o.orderId);
    expect(await overdue()).not.toContain(order.orderId);

    clock.set('2026-09-16T05:00:00.000Z');
    await watcher.tick();
    await watcher.tick();
    expect(await overdue()).toContain(order.orderId);
    const announced = (await outbox(MonitoringEventTypes.orderOverdue)).filter(
      (e) => e.payload.orderId === order.orderId,
    );
    expect(announced.map((e) => e.payload.overdueSince)).toEqual(['2026-09-16']);

    const reportPath = `/api/v1/monitoring/inspections/orders/${order.orderId}/report`;
    const report = { report: text('Сведения обновлены') };
    expect(code(await service.call('POST', reportPath, ownerOfficer, report))).toBe('ORDER_NOT_YOURS');
    const early = await service.call(
      'POST',
      `/api/v1/monitoring/inspections/orders/${order.orderId}/fulfilment`,
      inspector,
    );
    expect(code(early)).toBe('ORDER_NOT_REPORTED');
    const reported = await service.call('POST', reportPath, providerOfficer, report);
    expect(reported.json<OrderView>()).toMatchObject({ status: 'reported', reportedOn: '2026-09-16' });
    const own = await service.call('GET', '/api/v1/monitoring/inspections/orders', providerOfficer);
    expect(own.json<{ items: OrderView[] }>().items.map((o) => o.addresseeOrganizationId)).toEqual([
      provider.id,
    ]);

    clock.set('2026-09-18T05:00:00.000Z');
    const accepted = await service.call(
      'POST',
      `/api/v1/monitoring/inspections/orders/${order.orderId}/fulfilment`,
      inspector,
    );
    expect(accepted.json<OrderView>()).toMatchObject({ status: 'fulfilled', fulfilledOn: '2026-09-18' });
    expect(await overdue()).not.toContain(order.orderId);
    const [fulfilled] = (await outbox(MonitoringEventTypes.orderFulfilled)).filter(
      (e) => e.payload.orderId === order.orderId,
    );
    expect(fulfilled?.payload).toMatchObject({ onTime: false, fulfilledOn: '2026-09-18' });
  });

  it('sends back an order whose fulfilment falls short, with kk/ru reasons and a new due date, audited, announced and watched again for overdue (Art. 22.3)', async () => {
    const inspection = await schedule(
      unplanned({ subjectOrganizationId: provider.id, subjectRole: 'provider' }),
    );
    clock.set('2026-09-02T05:00:00.000Z');
    const order = (
      await service.call(
        'POST',
        `/api/v1/monitoring/inspections/${inspection.inspectionId}/orders`,
        inspector,
        {
          text: text('Соблюдать срок оказания услуги'),
          dueDate: '2026-09-15',
        },
      )
    ).json<OrderView>();
    const returnPath = `/api/v1/monitoring/inspections/orders/${order.orderId}/return`;
    const back = { reasons: text('Отчёт не подтверждает исполнение'), dueDate: '2026-10-03' };

    // Only a reported fulfilment is sent back, only by the designated authority, with reasons in both languages.
    expect(code(await service.call('POST', returnPath, inspector, back))).toBe('ORDER_NOT_REPORTED');
    const reportPath = `/api/v1/monitoring/inspections/orders/${order.orderId}/report`;
    clock.set('2026-09-10T05:00:00.000Z');
    await service.call('POST', reportPath, providerOfficer, { report: text('Проведён инструктаж') });
    expect(code(await service.call('POST', returnPath, impostor, back))).toBe('QUALITY_AUTHORITY_NOT_YOURS');
    const noReasons = await service.call('POST', returnPath, inspector, { ...back, reasons: { ru: 'Нет' } });
    expect(noReasons.statusCode).toBe(400);
    const pastDue = await service.call('POST', returnPath, inspector, { ...back, dueDate: '2026-09-10' });
    expect(code(pastDue)).toBe('ORDER_DUE_DATE_PASSED');

    // Saturday 3 October 2026 moves to Monday the 5th, as at issue (D27).
    const returned = await service.call('POST', returnPath, inspector, back);
    expect(returned.statusCode).toBe(200);
    expect(returned.json<OrderView>()).toMatchObject({
      status: 'returned',
      dueDate: '2026-10-05',
      returnedOn: '2026-09-10',
      returnReasons: back.reasons,
    });
    const [event] = (await outbox(MonitoringEventTypes.orderReturned)).filter(
      (e) => e.payload.orderId === order.orderId,
    );
    expect(event?.payload).toMatchObject({
      dueDate: '2026-10-05',
      previousDueDate: '2026-09-15',
      reasons: back.reasons,
      returnedOn: '2026-09-10',
    });
    expect(jsonSchemaProblems(MonitoringEventTypes.orderReturned, event?.payload)).toEqual([]);
    const audit = await service.app
      .get(DataSource)
      .query<Array<{ action: string; actor_subject: string }>>(
        `SELECT action, actor_subject FROM audit_record WHERE resource_id = $1`,
        [order.orderId],
      );
    expect(audit).toEqual([{ action: 'inspection-order.return', actor_subject: inspector.subject }]);

    // Past the old due date nothing is overdue; past the new one it is announced, once.
    const watcher = service.app.get(OverdueOrdersWatcher);
    clock.set('2026-09-20T05:00:00.000Z');
    await watcher.tick();
    const overdue = () =>
      outbox(MonitoringEventTypes.orderOverdue).then((events) =>
        events.filter((e) => e.payload.orderId === order.orderId).map((e) => e.payload.overdueSince),
      );
    expect(await overdue()).toEqual([]);
    clock.set('2026-10-06T05:00:00.000Z');
    await watcher.tick();
    await watcher.tick();
    expect(await overdue()).toEqual(['2026-10-06']);

    // The addressee reports again; the authority accepts it, late against the new date.
    await service.call('POST', reportPath, providerOfficer, { report: text('Введён контроль сроков') });
    const accepted = await service.call(
      'POST',
      `/api/v1/monitoring/inspections/orders/${order.orderId}/fulfilment`,
      inspector,
    );
    expect(accepted.json<OrderView>()).toMatchObject({ status: 'fulfilled', fulfilledOn: '2026-10-06' });
  });
});
