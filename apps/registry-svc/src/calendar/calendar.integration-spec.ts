import { randomUUID } from 'node:crypto';
import { RegistryEventTypes, Topics, type CalendarChangedV1 } from '@kzps/contracts';
import { eventually, jsonSchemaProblems } from '@kzps/testing';
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

  function changeFor(amendmentId: string, action: 'recorded' | 'revoked'): Promise<CalendarChangedV1> {
    return eventually(
      () => changes.find((c) => c.change.amendmentId === amendmentId && c.change.action === action),
      `calendar.changed (${action}) for ${amendmentId}`,
    );
  }

  const record = (payload: object): Promise<{ statusCode: number; json: <T>() => T }> =>
    t.inject({
      method: 'POST',
      url: '/api/v1/registry/calendar/amendments',
      payload,
      headers: { authorization: `Bearer ${admin}` },
    });

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

  it('reads an unencoded plus of the start’s offset, which arrives as a space', async () => {
    const { status, body } = await get<{ start: string; dueDate: string }>(
      '/api/v1/registry/calendar/terms?start=2026-03-19T10:00:00+05:00&amount=5&unit=working_days',
    );
    expect(status).toBe(200);
    expect(body).toMatchObject({ start: '2026-03-19T10:00:00.000+05:00', dueDate: '2026-03-31' });
  });

  it('gives the latest day for a notice three working days before the end, with the days off between', async () => {
    // Five working days from Friday 5 June 2026 end on Friday 12 June; three working days before it is
    // Tuesday 9 June (10, 11 and 12 June remain).
    const { body } = await get<{
      dueDate: string;
      notice: { workingDays: number; date: string; skipped: Array<{ date: string; kind: string }> };
    }>(
      '/api/v1/registry/calendar/terms?start=2026-06-05T10:00:00%2B05:00&amount=5&unit=working_days&noticeWorkingDays=3',
    );
    expect(body.dueDate).toBe('2026-06-12');
    expect(body.notice).toEqual({ workingDays: 3, date: '2026-06-09', skipped: [] });
    // Across Nauryz: three working days before 27 March 2026 is 19 March.
    const nauryz = await get<{ dueDate: string; notice: { date: string; skipped: Array<{ date: string }> } }>(
      '/api/v1/registry/calendar/terms?start=2026-03-19T10:00:00%2B05:00&amount=2&unit=working_days&noticeWorkingDays=3',
    );
    expect(nauryz.body.dueDate).toBe('2026-03-26');
    expect(nauryz.body.notice.date).toBe('2026-03-18');
    expect(nauryz.body.notice.skipped.map((day) => day.date)).toEqual([
      '2026-03-21',
      '2026-03-22',
      '2026-03-23',
      '2026-03-24',
      '2026-03-25',
    ]);
  });

  it('lists the verified years of the data in the summary', async () => {
    const { body } = await get<{
      years: Array<{ year: number; provisional: boolean }>;
      weekendDays: number[];
    }>('/api/v1/registry/calendar');
    expect(body.years.map((year) => year.year)).toEqual([2024, 2025, 2026, 2027]);
    expect(body.weekendDays).toEqual([6, 0]);
  });

  it.each([
    ['unit=weeks', 'unit'],
    ['amount=0', 'amount'],
    ['amount=0x10', 'amount'],
    ['amount=1e1', 'amount'],
    ['amount= 5', 'amount'],
    ['start=2026-03-20T10:00', 'start'],
    ['start=2026-02-30T10:00:00Z', 'start'],
    ['start=2026-03-20T10:00:00  05:00', 'start'],
    ['suspension=2026-06-05/2026-06-01', 'suspension'],
    ['suspension=2026-01-01/2099-12-31', 'suspension'],
    ['noticeWorkingDays=0x3', 'noticeWorkingDays'],
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

  it('refuses a year outside 2005-2099 or not in decimal digits, and a day that does not exist', async () => {
    expect((await get<Problem>('/api/v1/registry/calendar/2200')).body).toMatchObject({
      status: 400,
      errors: [{ field: 'year' }],
    });
    expect((await get<Problem>('/api/v1/registry/calendar/0x7EA')).body).toMatchObject({
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
      legalBasis: {
        kk: 'ҚР Еңбек және халықты әлеуметтік қорғау министрінің бұйрығы (тестілік)',
        ru: 'Приказ Министра труда и социальной защиты населения РК (тестовый)',
      },
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
      expect(jsonSchemaProblems(RegistryEventTypes.calendarChanged, event)).toEqual([]);
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
        payload: { kind: 'day_off', date: '2026-12-21', legalBasis: transfer.legalBasis },
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

    it.each([
      ['a transfer from a day of 9999', { ...transfer, from: '9999-12-19' }, 'from'],
      ['a transfer to a day of 2004', { ...transfer, to: '2004-12-18' }, 'to'],
      [
        'a day off in 2100',
        {
          kind: 'day_off',
          date: '2100-01-02',
          nameKk: 'Демалыс',
          nameRu: 'Выходной',
          legalBasis: transfer.legalBasis,
        },
        'date',
      ],
    ])(
      'refuses %s, outside the calendar’s 2005-2099, naming the range (issue 13)',
      async (_name, payload, field) => {
        const dataSource = t.app.get(DataSource);
        const amendments = await dataSource.query<unknown[]>('SELECT 1 FROM calendar_amendment');
        const refused = await t.inject({
          method: 'POST',
          url: '/api/v1/registry/calendar/amendments',
          payload,
          headers: { authorization: `Bearer ${admin}` },
        });
        expect(refused.statusCode).toBe(400);
        expect(refused.json<Problem>()).toMatchObject({
          code: 'VALIDATION_FAILED',
          errors: [{ field, message: expect.stringContaining('from 2005-01-01 to 2099-12-31') }],
        });
        expect(await dataSource.query('SELECT 1 FROM calendar_amendment')).toHaveLength(amendments.length);
      },
    );

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
      const listed = await get<{ items: Array<{ id: string; revokedAt: string | null }> }>(
        '/api/v1/registry/calendar/amendments',
      );
      expect(listed.body).toEqual({
        items: [expect.objectContaining({ id: amendmentId, revokedAt: expect.any(String) })],
        total: 1,
        page: 1,
        size: 20,
      });
    });

    const kurbanAit = {
      kind: 'day_off',
      date: '2027-05-16',
      nameKk: 'Құрбан айттың бірінші күні',
      nameRu: 'Первый день Курбан айта',
      holidayId: 'kurban_ait',
      legalBasis: {
        kk: 'ҚМДБ-ның 2027 жылғы Құрбан айт күні туралы шешімі (тестілік)',
        ru: 'Решение ДУМК о дате Курбан айта в 2027 году (тестовое)',
      },
    };

    it('records the date of Kurban Ait 2027 on a Sunday and the year becomes final', async () => {
      expect((await get<{ provisional: boolean }>('/api/v1/registry/calendar/2027')).body.provisional).toBe(
        true,
      );
      const recorded = await record(kurbanAit);
      expect(recorded.statusCode).toBe(201);
      const year = await get<{
        provisional: boolean;
        pending: unknown[];
        nonWorkingDays: Array<{ date: string; reasons: Array<{ kind: string }> }>;
      }>('/api/v1/registry/calendar/2027');
      expect(year.body).toMatchObject({ provisional: false, pending: [] });
      expect(year.body.nonWorkingDays.find((day) => day.date === '2027-05-16')?.reasons[0]?.kind).toBe(
        'religious_holiday',
      );
    });

    it.each([
      ['a second Kurban Ait in 2027', { date: '2027-05-17' }, 'holidayId'],
      ['a holiday the law dates itself', { date: '2027-06-01', holidayId: 'nauryz' }, 'holidayId'],
      [
        'a transfer field on a day off',
        { date: '2027-06-01', holidayId: undefined, from: '2027-06-05' },
        'from',
      ],
      [
        'a name on a transfer',
        { kind: 'transfer', date: undefined, holidayId: undefined, from: '2027-06-05', to: '2027-06-04' },
        'nameKk',
      ],
      [
        'a religious date on a working day amendment',
        { kind: 'working_day', date: '2027-06-05' },
        'holidayId',
      ],
    ])('refuses %s as a 400 naming %s', async (_name, change, field) => {
      const refused = await record({ ...kurbanAit, ...change });
      expect(refused.statusCode).toBe(400);
      expect(refused.json<Problem>().errors?.map((error) => error.field)).toEqual([field]);
    });

    it('pages the amendments, newest first', async () => {
      const first = await get<{ items: Array<{ date?: string }>; total: number; page: number; size: number }>(
        '/api/v1/registry/calendar/amendments?page=1&size=1',
      );
      expect(first.body).toMatchObject({ total: 2, page: 1, size: 1 });
      expect(first.body.items.map((item) => item.date)).toEqual(['2027-05-16']);
      const second = await get<{ items: Array<{ kind: string }> }>(
        '/api/v1/registry/calendar/amendments?page=2&size=1',
      );
      expect(second.body.items.map((item) => item.kind)).toEqual(['transfer']);
      expect((await get<Problem>('/api/v1/registry/calendar/amendments?size=0')).status).toBe(400);
    });
  });

  describe('a calendar amendment cites its act in Kazakh and Russian (Art. 5, the state language)', () => {
    const legalBasis = {
      kk: '«2026 жылға демалыс күндерін ауыстыру туралы» Қазақстан Республикасы Үкіметінің қаулысы (тестілік)',
      ru: 'Постановление Правительства Республики Казахстан «О переносе выходных дней на 2026 год» (тестовое)',
    };
    const transfer = { kind: 'transfer', from: '2026-12-19', to: '2026-12-18' };

    it('stores, publishes and reads back the act in each language as given', async () => {
      const recorded = await record({ ...transfer, legalBasis });
      expect(recorded.statusCode).toBe(201);
      const { id } = recorded.json<{ id: string }>();
      expect(recorded.json()).toMatchObject({ legalBasis });

      const [row] = await t.app
        .get(DataSource)
        .query<Array<{ legal_basis_kk: string; legal_basis_ru: string }>>(
          'SELECT legal_basis_kk, legal_basis_ru FROM calendar_amendment WHERE id = $1',
          [id],
        );
      expect(row).toEqual({ legal_basis_kk: legalBasis.kk, legal_basis_ru: legalBasis.ru });

      const event = await eventually(
        () => changes.find((change) => change.change.amendmentId === id),
        `calendar.changed for ${id}`,
      );
      expect(jsonSchemaProblems(RegistryEventTypes.calendarChanged, event)).toEqual([]);
      expect(event.amendments).toContainEqual(
        expect.objectContaining({ id, legalBasisKk: legalBasis.kk, legalBasisRu: legalBasis.ru }),
      );

      const listed = await t.inject({ method: 'GET', url: '/api/v1/registry/calendar/amendments' });
      expect(listed.json<{ items: unknown[] }>().items).toContainEqual(
        expect.objectContaining({ id, legalBasis }),
      );
      // The day the amendment made off cites the act in the reader's language.
      const day = await t.inject({ method: 'GET', url: '/api/v1/registry/calendar/days/2026-12-18' });
      expect(day.json<{ reasons: unknown[] }>().reasons).toEqual([
        expect.objectContaining({ amendmentId: id, source: legalBasis }),
      ]);
    });

    it.each([
      ['one string', { ...transfer, legalBasis: legalBasis.ru }, 'legalBasis'],
      ['no Kazakh text', { ...transfer, legalBasis: { ru: legalBasis.ru } }, 'legalBasis.kk'],
      ['a blank Russian text', { ...transfer, legalBasis: { kk: legalBasis.kk, ru: '  ' } }, 'legalBasis.ru'],
    ])(
      'refuses an act given in %s with 400 naming the field, and records nothing',
      async (_name, payload, field) => {
        const dataSource = t.app.get(DataSource);
        const before = await dataSource.query<unknown[]>('SELECT 1 FROM calendar_amendment');
        const refused = await record(payload);
        expect(refused.statusCode).toBe(400);
        expect(refused.json<Problem>().errors?.map((error) => error.field)).toContain(field);
        expect(await dataSource.query('SELECT 1 FROM calendar_amendment')).toHaveLength(before.length);
      },
    );
  });
});
