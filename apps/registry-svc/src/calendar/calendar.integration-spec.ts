import { randomUUID } from 'node:crypto';
import { RegistryEventTypes, Topics, type CalendarChangedV1 } from '@kzps/contracts';
import { Kafka, logLevel, type Consumer } from 'kafkajs';
import { DataSource } from 'typeorm';
import { startRegistryTestApp, type RegistryTestApp } from '../test/registry-test-app';

interface Problem {
  type: string;
  status: number;
  localizedTitle: { kk: string; ru: string };
  errors?: Array<{ field: string; message: string }>;
}

describe('the working-day calendar (registry-svc)', () => {
  let t: RegistryTestApp;
  let admin: string;
  let consumer: Consumer;
  const changes: CalendarChangedV1[] = [];

  beforeAll(async () => {
    t = await startRegistryTestApp();
    admin = await t.token(['admin'], 'admin-1');
    const kafka = new Kafka({
      clientId: 'registry-calendar-test',
      brokers: (process.env.KAFKA_BROKERS ?? '').split(','),
      logLevel: logLevel.NOTHING,
    });
    consumer = kafka.consumer({
      groupId: `calendar-test-${randomUUID()}`,
      sessionTimeout: 6_000,
      heartbeatInterval: 500,
    });
    await consumer.connect();
    await consumer.subscribe({ topics: [Topics.registryCalendar], fromBeginning: true });
    await consumer.run({
      eachMessage: async ({ message }) => {
        if (message.headers?.ce_type?.toString() === RegistryEventTypes.calendarChanged) {
          changes.push(JSON.parse(String(message.value)) as CalendarChangedV1);
        }
        await Promise.resolve();
      },
    });
  });

  afterAll(async () => {
    await consumer?.disconnect();
    await t?.close();
  });

  const get = async <T>(url: string): Promise<{ status: number; body: T }> => {
    const response = await t.inject({ method: 'GET', url });
    return { status: response.statusCode, body: response.json<T>() };
  };

  const termEnd = async (start: string, amount: number, unit: string): Promise<string> => {
    const query = new URLSearchParams({ start, amount: String(amount), unit });
    return (await get<{ dueDate: string }>(`/api/v1/registry/calendar/terms?${query}`)).body.dueDate;
  };

  async function changeFor(amendmentId: string, action: 'recorded' | 'revoked'): Promise<CalendarChangedV1> {
    const deadline = Date.now() + 20_000;
    for (;;) {
      const found = changes.find((c) => c.change.amendmentId === amendmentId && c.change.action === action);
      if (found) return found;
      if (Date.now() > deadline) throw new Error(`no calendar.changed (${action}) for ${amendmentId}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  it('serves 2026 with its moved days off, Kurban Ait and their reasons in Kazakh and Russian', async () => {
    const { status, body } = await get<{
      provisional: boolean;
      nonWorkingDays: Array<{ date: string; reasons: Array<{ kind: string; ru: string; kk: string }> }>;
      workingDays: unknown[];
      workingDayCount: number;
    }>('/api/v1/registry/calendar/2026');
    expect(status).toBe(200);
    expect(body.provisional).toBe(false);
    expect(body.workingDays).toEqual([]);
    expect(body.workingDayCount).toBe(246);
    const moved = body.nonWorkingDays
      .filter((day) => day.reasons[0]?.kind === 'holiday_shift')
      .map((day) => day.date);
    expect(moved).toEqual([
      '2026-03-09',
      '2026-03-24',
      '2026-03-25',
      '2026-05-11',
      '2026-08-31',
      '2026-10-26',
    ]);
    const kurbanAit = body.nonWorkingDays.find((day) => day.date === '2026-05-27');
    expect(kurbanAit?.reasons[0]).toMatchObject({ kind: 'religious_holiday', ru: 'Первый день Курбан айта' });
    expect(kurbanAit?.reasons[0]?.kk).toBe('Құрбан айттың бірінші күні');
  });

  it('shows the Sunday worked in January 2025 as a transferred working day', async () => {
    const { body } = await get<{ workingDays: Array<{ date: string; reasons: Array<{ ru: string }> }> }>(
      '/api/v1/registry/calendar/2025',
    );
    expect(body.workingDays.map((day) => day.date)).toEqual(['2025-01-05']);
    expect(body.workingDays[0]?.reasons[0]?.ru).toBe(
      'Рабочий день: день отдыха перенесён на 3 января 2025 г.',
    );
  });

  it('counts a term over Nauryz, ending at the end of its last day in Kazakhstan', async () => {
    const query = new URLSearchParams({
      start: '2026-03-19T10:00:00+05:00',
      amount: '5',
      unit: 'working_days',
    });
    const { status, body } = await get<{
      due: string;
      dueDate: string;
      skipped: Array<{ date: string; kind: string; reason: { kk: string; ru: string } }>;
    }>(`/api/v1/registry/calendar/terms?${query}`);
    expect(status).toBe(200);
    expect(body.dueDate).toBe('2026-03-31');
    expect(body.due).toBe('2026-03-31T23:59:59.999+05:00');
    expect(body.skipped.find((day) => day.date === '2026-03-24')).toMatchObject({
      kind: 'holiday_shift',
      reason: { ru: expect.stringContaining('Наурыз') },
    });
  });

  it('counts the day of acceptance when asked, and pushes a term by a suspension', async () => {
    expect(
      (
        await get<{ dueDate: string }>(
          '/api/v1/registry/calendar/terms?start=2026-03-20T10:00:00%2B05:00&amount=1&unit=working_days&startDayCounts=true',
        )
      ).body.dueDate,
    ).toBe('2026-03-20');
    const suspended = await get<{ dueDate: string; suspendedWorkingDays: number }>(
      '/api/v1/registry/calendar/terms?start=2026-06-01T10:00:00%2B05:00&amount=5&unit=working_days&suspension=2026-06-03/2026-06-04',
    );
    expect(suspended.body).toMatchObject({ dueDate: '2026-06-10', suspendedWorkingDays: 2 });
  });

  it.each([
    ['unit=weeks', 'unit'],
    ['amount=0', 'amount'],
    ['start=2026-03-20T10:00', 'start'],
    ['start=2026-02-30T10:00:00Z', 'start'],
    ['suspension=2026-06-05/2026-06-01', 'suspension'],
  ])('refuses a term with %s as a 400 problem naming %s', async (change, field) => {
    const params = new URLSearchParams({
      start: '2026-06-01T10:00:00+05:00',
      amount: '5',
      unit: 'working_days',
    });
    const [name = '', value = ''] = change.split('=');
    params.set(name, value);
    const { status, body } = await get<Problem>(`/api/v1/registry/calendar/terms?${params}`);
    expect(status).toBe(400);
    expect(body.localizedTitle.kk.length).toBeGreaterThan(0);
    expect(body.errors?.map((error) => error.field)).toContain(field);
  });

  it('refuses a year outside 2005-2099 and a day that does not exist', async () => {
    expect((await get<Problem>('/api/v1/registry/calendar/2200')).body).toMatchObject({
      status: 400,
      errors: [{ field: 'year' }],
    });
    expect((await get<Problem>('/api/v1/registry/calendar/days/2026-02-30')).status).toBe(400);
    expect((await get<{ working: boolean }>('/api/v1/registry/calendar/days/2026-03-24')).body.working).toBe(
      false,
    );
  });

  describe('amendments', () => {
    const transfer = {
      kind: 'transfer',
      from: '2026-12-19',
      to: '2026-12-18',
      legalBasis: 'Приказ Министра труда и социальной защиты населения РК (тестовый)',
    };
    const oneWorkingDay = (): Promise<string> => termEnd('2026-12-17T10:00:00+05:00', 1, 'working_days');
    let amendmentId = '';

    it('refuses writes without a token or without the administrator role', async () => {
      const url = '/api/v1/registry/calendar/amendments';
      expect((await t.inject({ method: 'POST', url, payload: transfer })).statusCode).toBe(401);
      const officer = await t.token(['public-services-authority']);
      const forbidden = await t.inject({
        method: 'POST',
        url,
        payload: transfer,
        headers: { authorization: `Bearer ${officer}` },
      });
      expect(forbidden.statusCode).toBe(403);
    });

    it('records a transfer: the term changes at once, the change is audited and published with the whole state', async () => {
      expect(await oneWorkingDay()).toBe('2026-12-18');
      const recorded = await t.inject({
        method: 'POST',
        url: '/api/v1/registry/calendar/amendments',
        payload: transfer,
        headers: { authorization: `Bearer ${admin}` },
      });
      expect(recorded.statusCode).toBe(201);
      amendmentId = recorded.json<{ id: string }>().id;
      // Friday 18 December is now off and Saturday 19 December a working day.
      expect(await oneWorkingDay()).toBe('2026-12-19');

      const audit: Array<{ action: string; actor_subject: string }> = await t.app
        .get(DataSource)
        .query('SELECT action, actor_subject FROM audit_record WHERE resource_id = $1', [amendmentId]);
      expect(audit).toEqual([{ action: 'calendar-amendment.recorded', actor_subject: 'admin-1' }]);

      const event = await changeFor(amendmentId, 'recorded');
      expect(event.revision).toBe(1);
      expect(event.change.years).toEqual([2026]);
      expect(event.amendments).toEqual([
        expect.objectContaining({ id: amendmentId, kind: 'transfer', from: '2026-12-19', to: '2026-12-18' }),
      ]);
    });

    it('refuses an amendment that does not fit the calendar and writes nothing', async () => {
      const dataSource = t.app.get(DataSource);
      const [before] = await dataSource.query<Array<{ revision: number }>>(
        'SELECT revision FROM calendar_revision',
      );
      const refused = await t.inject({
        method: 'POST',
        url: '/api/v1/registry/calendar/amendments',
        payload: { ...transfer, from: '2026-12-17' },
        headers: { authorization: `Bearer ${admin}` },
      });
      expect(refused.statusCode).toBe(400);
      expect(refused.json<Problem>().errors?.[0]?.field).toBe('from');
      const missing = await t.inject({
        method: 'POST',
        url: '/api/v1/registry/calendar/amendments',
        payload: { kind: 'day_off', date: '2026-12-21', legalBasis: 'Постановление' },
        headers: { authorization: `Bearer ${admin}` },
      });
      expect(missing.statusCode).toBe(400);
      expect(missing.json<Problem>().errors?.[0]?.field).toBe('nameKk');
      const [after] = await dataSource.query<Array<{ revision: number }>>(
        'SELECT revision FROM calendar_revision',
      );
      expect(after).toEqual(before);
      expect(await dataSource.query('SELECT 1 FROM calendar_amendment')).toHaveLength(1);
    });

    it('revokes it: the term returns and the event carries no amendment; a second revocation conflicts', async () => {
      const revoke = (): Promise<{ statusCode: number }> =>
        t.inject({
          method: 'POST',
          url: `/api/v1/registry/calendar/amendments/${amendmentId}/revocation`,
          payload: { basis: 'Приказ отменён' },
          headers: { authorization: `Bearer ${admin}` },
        });
      expect((await revoke()).statusCode).toBe(200);
      expect(await oneWorkingDay()).toBe('2026-12-18');
      const event = await changeFor(amendmentId, 'revoked');
      expect(event).toMatchObject({ revision: 2, amendments: [] });
      expect((await revoke()).statusCode).toBe(409);
      const listed = await get<Array<{ id: string; revokedAt: string | null }>>(
        '/api/v1/registry/calendar/amendments',
      );
      expect(listed.body).toEqual([
        expect.objectContaining({ id: amendmentId, revokedAt: expect.any(String) }),
      ]);
    });
  });
});
