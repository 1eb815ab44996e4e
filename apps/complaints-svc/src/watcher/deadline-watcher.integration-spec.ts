import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { randomUUID } from 'node:crypto';
import {
  CALENDAR_SUBJECT,
  CLOUDEVENTS_SPEC_VERSION,
  ComplaintsEventTypes,
  JSON_CONTENT_TYPE,
  RegistryEventTypes,
  Topics,
  type CalendarChangedV1,
} from '@kzps/contracts';
import { TestClock } from '@kzps/testing';
import { DataSource } from 'typeorm';
import { outboxEvents, startService, type RunningService } from '../test/harness';
import { publishWorld, type World } from '../test/world';
import { DeadlineWatcher } from './deadline-watcher';

const MONDAY = '2026-06-01T04:00:00.000Z';

describe('the deadline watcher with two replicas', () => {
  const clock = new TestClock(new Date(MONDAY));
  let service: RunningService;
  let replica: NestFastifyApplication;
  let w: World;

  beforeAll(async () => {
    service = await startService('complaints_watcher', clock);
    replica = await service.replica();
    w = await publishWorld(service, new Date('2026-05-01T04:00:00.000Z'));
  }, 60_000);

  afterAll(async () => {
    await service.stop();
  });

  beforeEach(() => clock.set(MONDAY));

  /** Both replicas sweep at once, twice: whatever is due is handled once in all. */
  async function sweepEverywhere(): Promise<void> {
    for (let pass = 0; pass < 2; pass += 1) {
      await Promise.all([service.app.get(DeadlineWatcher).tick(), replica.get(DeadlineWatcher).tick()]);
    }
  }

  async function alerts(complaintId: string): Promise<string[]> {
    const rows = await service.app
      .get(DataSource)
      .query<Array<{ kind: string }>>(
        `SELECT kind FROM complaint_alert WHERE complaint_id = $1 ORDER BY raised_at`,
        [complaintId],
      );
    return rows.map((r) => r.kind);
  }

  async function post(path: string, who: object, body?: object): Promise<{ id: string }> {
    const response = await service.call('POST', path, who as never, body);
    expect([200, 201]).toContain(response.statusCode);
    return response.json<{ id: string }>();
  }

  it('Art. 19.6: the officers are warned once on the last day to extend, and a missed term is raised overdue once', async () => {
    const { id } = await post('/api/v1/complaints', w.callers.citizen, {
      serviceId: w.akimatService.id,
      trackingNumber: w.application.trackingNumber,
      ground: 'term_missed',
      description: 'Справка не выдана',
    });

    clock.set('2026-06-02T04:00:00.000Z');
    await sweepEverywhere();
    expect(await alerts(id)).toEqual([]);

    clock.set('2026-06-03T04:00:00.000Z'); // the last day: Thursday, Friday and Monday remain
    await sweepEverywhere();
    expect(await alerts(id)).toEqual(['extension_last_day']);
    const seen = await service.call('GET', '/api/v1/complaints/alerts', w.callers.akimatOfficer);
    expect(seen.json()).toMatchObject({
      total: 1,
      items: [
        { complaintId: id, kind: 'extension_last_day', text: { ru: expect.stringContaining('2026-06-08') } },
      ],
    });

    clock.set('2026-06-08T18:00:00.000Z'); // the last day of the term, before its end
    await sweepEverywhere();
    expect(
      (await outboxEvents(service.app, id)).filter((e) => e.type === ComplaintsEventTypes.overdue),
    ).toEqual([]);

    clock.set('2026-06-09T04:00:00.000Z');
    await sweepEverywhere();
    const overdue = (await outboxEvents(service.app, id)).filter(
      (e) => e.type === ComplaintsEventTypes.overdue,
    );
    expect(overdue).toHaveLength(1);
    expect(overdue[0]?.payload).toMatchObject({
      stage: 1,
      instanceOrganizationId: w.o.akimat.id,
      dueDate: '2026-06-08',
    });
    expect(await alerts(id)).toEqual(['extension_last_day', 'overdue']);

    // The instance missed its term: the complainant may take the file further (Art. 19.2).
    const escalated = await service.call('POST', `/api/v1/complaints/${id}/escalation`, w.callers.citizen);
    expect(escalated.statusCode).toBe(200);
    expect(escalated.json<{ stages: unknown[] }>().stages).toEqual([
      expect.objectContaining({ stage: 2, instanceId: w.o.ministry.id, dueDate: '2026-06-16' }),
      expect.objectContaining({ stage: 1, state: 'closed', overdue: true }),
    ]);
  });

  it('Art. 19.5.3: a quality-authority requirement past its date is raised overdue once', async () => {
    const { id } = await post('/api/v1/complaints', w.callers.citizen, {
      serviceId: w.ministryService.id,
      providerId: w.o.ministry.id,
      ground: 'fee_demanded',
      description: 'Потребовали оплату',
    });
    const refused = { outcome: 'refused', reasons: { kk: 'Негізсіз', ru: 'Необоснованно' } };
    await post(`/api/v1/complaints/${id}/decision`, w.callers.ministryOfficer, refused);
    await post(`/api/v1/complaints/${id}/escalation`, w.callers.citizen);
    await post(`/api/v1/complaints/${id}/decision`, w.callers.qualityOfficer, {
      outcome: 'satisfied',
      reasons: { kk: 'Төлем заңсыз талап етілді', ru: 'Плата истребована незаконно' },
      causes: { kk: 'Стандарт бұзылды', ru: 'Нарушен стандарт' },
      measures: [{ text: { kk: 'Төлемді қайтару', ru: 'Вернуть плату' }, dueDate: '2026-06-05' }],
    });
    const requirement = await post(`/api/v1/complaints/${id}/requirements`, w.callers.qualityOfficer, {
      addresseeId: w.o.ministry.id,
      text: { kk: 'Төлемді қайтару', ru: 'Вернуть плату заявителю' },
      dueDate: '2026-06-05',
    });

    clock.set('2026-06-05T18:00:00.000Z');
    await sweepEverywhere();
    const raised = () =>
      outboxEvents(service.app, id).then((events) =>
        events.filter((e) => e.type === ComplaintsEventTypes.requirementOverdue),
      );
    expect(await raised()).toEqual([]);

    clock.set('2026-06-06T04:00:00.000Z');
    await sweepEverywhere();
    expect(await raised()).toHaveLength(1);
    expect((await raised())[0]?.payload).toMatchObject({
      requirementId: requirement.id,
      addresseeOrganizationId: w.o.ministry.id,
    });

    const fulfilled = await service.call(
      'POST',
      `/api/v1/complaints/${id}/requirements/${requirement.id}/fulfilment`,
      w.callers.qualityOfficer,
    );
    expect(fulfilled.json()).toMatchObject({ overdue: true, fulfilledAt: '2026-06-06T04:00:00.000Z' });
    const events = await outboxEvents(service.app, id);
    expect(events.find((e) => e.type === ComplaintsEventTypes.requirementFulfilled)?.payload).toMatchObject({
      onTime: false,
    });
  });

  it('Art. 19.2 on the current calendar: a day off decreed after registration moves the open stage’s due date', async () => {
    const { id } = await post('/api/v1/complaints', w.callers.citizen, {
      serviceId: w.akimatService.id,
      providerId: w.o.akimat.id,
      ground: 'other',
      description: 'Нарушение стандарта',
    });
    const changed: CalendarChangedV1 = {
      revision: 1,
      changedAt: MONDAY,
      change: { action: 'recorded', amendmentId: 'day-off-2026-06-04', years: [2026] },
      amendments: [
        {
          id: 'day-off-2026-06-04',
          kind: 'day_off',
          date: '2026-06-04',
          nameKk: 'Қосымша демалыс күні',
          nameRu: 'Дополнительный день отдыха',
          legalBasis: 'Постановление Правительства (тестовое)',
          recordedAt: MONDAY,
        },
      ],
    };
    await service.publish(Topics.registryCalendar, [
      {
        id: randomUUID(),
        source: '/kzps/registry-svc',
        type: RegistryEventTypes.calendarChanged,
        subject: CALENDAR_SUBJECT,
        time: MONDAY,
        specversion: CLOUDEVENTS_SPEC_VERSION,
        datacontenttype: JSON_CONTENT_TYPE,
        data: changed,
      },
    ]);
    const read = await service.call('GET', `/api/v1/complaints/${id}`, w.callers.citizen);
    // Tuesday 2, Wednesday 3, Friday 5, Monday 8, Tuesday 9 June. The last day to extend is still Wednesday 3
    // June: after it, Friday, Monday and Tuesday remain (Art. 19.6).
    expect(read.json()).toMatchObject({
      stages: [{ dueDate: '2026-06-09', lastExtensionDate: '2026-06-03' }],
    });
  });
});
