import { ComplaintsEventTypes } from '@kzps/contracts';
import { TestClock, jsonSchemaProblems } from '@kzps/testing';
import { DataSource } from 'typeorm';
import { outboxEvents, startService, type RunningService } from '../test/harness';
import { publishWorld, type World } from '../test/world';

// Monday 1 June 2026, 09:00 in Astana: no holiday in the next three weeks.
const MONDAY = '2026-06-01T04:00:00.000Z';
const at = (isoDate: string) => `${isoDate}T04:00:00.000Z`;

interface StageBody {
  stage: number;
  instanceId: string;
  instanceRole: string;
  competent: boolean;
  registerNumber: string;
  registrationDate: string;
  dueDate: string | null;
  lastExtensionDate: string | null;
  state: string;
}
interface ComplaintBody {
  id: string;
  status: string;
  stages: StageBody[];
  notices: Array<{ addressee: string; kind: string; channel: string; text: { kk: string; ru: string } }>;
  court: unknown;
}

describe('complaints-svc: the pre-trial appeal of Art. 19', () => {
  const clock = new TestClock(new Date(MONDAY));
  let service: RunningService;
  let w: World;

  beforeAll(async () => {
    service = await startService('complaints_appeal', clock);
    w = await publishWorld(service, new Date('2026-05-01T04:00:00.000Z'));
  }, 60_000);

  afterAll(async () => {
    await service.stop();
  });

  beforeEach(() => clock.set(MONDAY));

  const call = (...args: Parameters<RunningService['call']>) => service.call(...args);

  async function fileAboutApplication(addressedToId?: string): Promise<ComplaintBody> {
    const response = await call('POST', '/api/v1/complaints', w.callers.citizen, {
      serviceId: w.akimatService.id,
      trackingNumber: w.application.trackingNumber,
      ground: 'term_missed',
      description: 'Справка не выдана в срок',
      ...(addressedToId ? { addressedToId } : {}),
    });
    expect(response.statusCode).toBe(201);
    return response.json<ComplaintBody>();
  }

  async function fileAboutMinistryService(ground: string): Promise<ComplaintBody> {
    const response = await call('POST', '/api/v1/complaints', w.callers.citizen, {
      serviceId: w.ministryService.id,
      providerId: w.o.ministry.id,
      ground,
      description: 'Нарушение стандарта',
    });
    expect(response.statusCode).toBe(201);
    return response.json<ComplaintBody>();
  }

  async function act(path: string, who: object, body?: object): Promise<ComplaintBody> {
    const response = await call('POST', path, who as never, body);
    expect({ status: response.statusCode, body: response.json<unknown>() }).toMatchObject({ status: 200 });
    return response.json<ComplaintBody>();
  }

  const refuse = { outcome: 'refused', reasons: { kk: 'Мерзім бұзылмаған', ru: 'Срок не нарушен' } };

  async function count(table: string): Promise<number> {
    const [row] = await service.app
      .get(DataSource)
      .query<Array<{ n: number }>>(`SELECT count(*)::int AS n FROM ${table}`);
    return row?.n ?? 0;
  }

  it('Art. 19.2, 19.5: a local executive body’s service goes akimat (5) → central body (5) → quality authority (15)', async () => {
    const filed = await fileAboutApplication();
    expect(filed.stages[0]).toMatchObject({
      stage: 1,
      instanceId: w.o.akimat.id,
      instanceRole: 'local_executive_body',
      competent: true,
      registrationDate: '2026-06-01',
      dueDate: '2026-06-08',
    });
    await act(`/api/v1/complaints/${filed.id}/decision`, w.callers.akimatOfficer, refuse);

    clock.set(at('2026-06-09'));
    const atMinistry = await act(`/api/v1/complaints/${filed.id}/escalation`, w.callers.citizen);
    expect(atMinistry.stages[0]).toMatchObject({
      stage: 2,
      instanceId: w.o.ministry.id,
      instanceRole: 'owner',
      registrationDate: '2026-06-09',
      dueDate: '2026-06-16',
      state: 'open',
    });
    // The earlier decision travels with the file.
    expect(atMinistry.stages[1]).toMatchObject({ stage: 1, state: 'decided' });
    await act(`/api/v1/complaints/${filed.id}/decision`, w.callers.ministryOfficer, refuse);

    clock.set(at('2026-06-17'));
    const atQuality = await act(`/api/v1/complaints/${filed.id}/escalation`, w.callers.citizen);
    // Fifteen working days from Wednesday 17 June: 18 June … 9 July (Monday 6 July, Capital Day, skipped).
    expect(atQuality.stages[0]).toMatchObject({
      stage: 3,
      instanceId: w.o.quality.id,
      instanceRole: 'quality_authority',
      registrationDate: '2026-06-17',
      dueDate: '2026-07-09',
    });
    // Each instance registered it in its own register, with a number and a date (Art. 19.4.1).
    expect(atQuality.stages.map((s) => s.instanceId)).toEqual([
      w.o.quality.id,
      w.o.ministry.id,
      w.o.akimat.id,
    ]);
    for (const stage of atQuality.stages) expect(stage.registerNumber).toMatch(/^2026-\d{6}$/);
  });

  it('Art. 19.3: the central body’s own service goes to it (5 working days), then to the quality authority (15)', async () => {
    const filed = await fileAboutMinistryService('refusal');
    expect(filed.stages[0]).toMatchObject({
      stage: 1,
      instanceId: w.o.ministry.id,
      instanceRole: 'owner',
      dueDate: '2026-06-08',
    });
    await act(`/api/v1/complaints/${filed.id}/decision`, w.callers.ministryOfficer, refuse);
    const atQuality = await act(`/api/v1/complaints/${filed.id}/escalation`, w.callers.citizen);
    expect(atQuality.stages[0]).toMatchObject({
      stage: 2,
      instanceId: w.o.quality.id,
      instanceRole: 'quality_authority',
      dueDate: '2026-06-22',
    });
  });

  it('Art. 19.7: no escalation after the quality authority refused: the court is named', async () => {
    const filed = await fileAboutMinistryService('staff_conduct');
    await act(`/api/v1/complaints/${filed.id}/decision`, w.callers.ministryOfficer, refuse);
    await act(`/api/v1/complaints/${filed.id}/escalation`, w.callers.citizen);
    await act(`/api/v1/complaints/${filed.id}/decision`, w.callers.qualityOfficer, {
      ...refuse,
      causes: { kk: 'Бұзушылық анықталмады', ru: 'Нарушений не выявлено' },
    });
    const beyond = await call('POST', `/api/v1/complaints/${filed.id}/escalation`, w.callers.citizen);
    expect(beyond.statusCode).toBe(409);
    expect(beyond.headers['content-type']).toContain('application/problem+json');
    expect(beyond.json()).toMatchObject({
      code: 'CHAIN_EXHAUSTED',
      detail: expect.stringContaining('court'),
    });
  });

  it('Art. 19.2 and the Labour Code: a 5-working-day term over holidays and a transferred working day', async () => {
    // Thursday 2 May 2024: Saturday 4 May is a working day (the day off moved to Wednesday 8 May), 7 and 9 May
    // are holidays. Five working days: 3, 4, 6, 10, 13 May.
    clock.set('2024-05-02T04:00:00.000Z');
    const filed = await fileAboutApplication();
    expect(filed.stages[0]).toMatchObject({ registrationDate: '2024-05-02', dueDate: '2024-05-13' });
  });

  it('Art. 19.6: an extension noticed 4 working days before the end is accepted, 2 days before refused with the last allowed date', async () => {
    const early = await fileAboutApplication();
    const late = await fileAboutApplication();
    expect(early.stages[0]).toMatchObject({ dueDate: '2026-06-08', lastExtensionDate: '2026-06-03' });
    const grounds = {
      reason: 'on_site_check',
      explanation: { kk: 'Жеріне барып тексеру қажет', ru: 'Требуется проверка с выездом на место' },
      workingDays: 5,
    };

    clock.set(at('2026-06-02')); // Wednesday, Thursday, Friday and Monday remain
    const extended = await act(`/api/v1/complaints/${early.id}/extensions`, w.callers.akimatOfficer, grounds);
    expect(extended.stages[0]).toMatchObject({ dueDate: '2026-06-15' });
    expect(extended.notices).toContainEqual(
      expect.objectContaining({
        addressee: 'complainant',
        kind: 'extended',
        channel: 'electronic',
        text: expect.objectContaining({ ru: expect.stringContaining('проверка (перепроверка)') }),
      }),
    );

    clock.set(at('2026-06-04')); // only Friday and Monday remain
    const extensionsBefore = await count('complaint_extension');
    const refused = await call(
      'POST',
      `/api/v1/complaints/${late.id}/extensions`,
      w.callers.akimatOfficer,
      grounds,
    );
    expect(refused.statusCode).toBe(422);
    expect(refused.json()).toMatchObject({
      code: 'EXTENSION_TOO_LATE',
      lastAllowedDate: '2026-06-03',
      dueDate: '2026-06-08',
    });
    expect(await count('complaint_extension')).toBe(extensionsBefore);
    const unchanged = await call('GET', `/api/v1/complaints/${late.id}`, w.callers.citizen);
    expect(unchanged.json<ComplaintBody>().stages[0]).toMatchObject({ dueDate: '2026-06-08' });
  });

  it('Art. 19.6: a stage is extended by at most 10 working days in all', async () => {
    const filed = await fileAboutApplication();
    const grounds = (workingDays: number) => ({
      reason: 'information_from_other_providers',
      explanation: { kk: 'ХҚКО-дан ақпарат сұралды', ru: 'Запрошены сведения у ЦОН' },
      workingDays,
    });
    await act(`/api/v1/complaints/${filed.id}/extensions`, w.callers.akimatOfficer, grounds(6));
    const over = await call(
      'POST',
      `/api/v1/complaints/${filed.id}/extensions`,
      w.callers.akimatOfficer,
      grounds(5),
    );
    expect(over.statusCode).toBe(422);
    expect(over.json()).toMatchObject({ code: 'EXTENSION_OVER_LIMIT', remainingWorkingDays: 4 });
    const eleven = await call(
      'POST',
      `/api/v1/complaints/${filed.id}/extensions`,
      w.callers.akimatOfficer,
      grounds(11),
    );
    expect(eleven.statusCode).toBe(400);
    expect(eleven.json()).toMatchObject({ errors: [expect.objectContaining({ field: 'workingDays' })] });
  });

  it('a misaddressed complaint is redirected and its term starts at registration with the competent instance', async () => {
    const filed = await fileAboutApplication(w.o.ministry.id);
    expect(filed.stages[0]).toMatchObject({ instanceId: w.o.ministry.id, competent: false, dueDate: null });
    const decide = await call(
      'POST',
      `/api/v1/complaints/${filed.id}/decision`,
      w.callers.ministryOfficer,
      refuse,
    );
    expect(decide.json()).toMatchObject({ code: 'STAGE_MISADDRESSED' });

    clock.set(at('2026-06-03'));
    const redirected = await act(`/api/v1/complaints/${filed.id}/redirection`, w.callers.ministryOfficer);
    expect(redirected.stages[0]).toMatchObject({
      stage: 1,
      instanceId: w.o.akimat.id,
      competent: true,
      registrationDate: '2026-06-03',
      dueDate: '2026-06-10',
    });
    expect(redirected.stages[1]).toMatchObject({ instanceId: w.o.ministry.id, state: 'redirected' });
    expect(redirected.notices).toContainEqual(
      expect.objectContaining({ addressee: 'complainant', kind: 'redirected' }),
    );
    const events = await outboxEvents(service.app, filed.id);
    expect(events.map((e) => e.type)).toContain(ComplaintsEventTypes.redirected);
  });

  it('Art. 19.7-8: going to court at the first stage is recorded and leaves the pre-trial track open', async () => {
    const filed = await fileAboutApplication();
    const recorded = await act(`/api/v1/complaints/${filed.id}/court`, w.callers.citizen, {
      court: { kk: 'Алматы қаласының әкімшілік соты', ru: 'Административный суд города Алматы' },
      filedOn: '2026-06-01',
    });
    expect(recorded).toMatchObject({ status: 'in_review', court: { stage: 1, filedOn: '2026-06-01' } });
    expect(recorded.stages[0]).toMatchObject({ state: 'open' });
    const decided = await act(`/api/v1/complaints/${filed.id}/decision`, w.callers.akimatOfficer, refuse);
    expect(decided.stages[0]).toMatchObject({ state: 'decided' });
    const types = (await outboxEvents(service.app, filed.id)).map((e) => e.type);
    expect(types).toEqual(
      expect.arrayContaining([ComplaintsEventTypes.courtRecorded, ComplaintsEventTypes.decided]),
    );
  });

  it('Art. 19.4: the quality authority is notified of every registration and outcome', async () => {
    const filed = await fileAboutApplication();
    await act(`/api/v1/complaints/${filed.id}/decision`, w.callers.akimatOfficer, {
      outcome: 'satisfied',
      reasons: { kk: 'Мерзім бұзылды', ru: 'Срок нарушен' },
      measures: [{ text: { kk: 'Анықтаманы беру', ru: 'Выдать справку' }, dueDate: '2026-06-05' }],
    });
    // Art. 19.4.3: the measure is tracked until the akimat records it taken.
    const withMeasure = await call('GET', `/api/v1/complaints/${filed.id}`, w.callers.citizen);
    const measure = withMeasure.json<{ stages: Array<{ decision: { measures: Array<{ id: string }> } }> }>()
      .stages[0]?.decision.measures[0];
    const byOther = await call(
      'POST',
      `/api/v1/complaints/${filed.id}/measures/${measure?.id}/fulfilment`,
      w.callers.ministryOfficer,
    );
    expect(byOther.json()).toMatchObject({ code: 'INSTANCE_NOT_YOURS' });
    const taken = await act(
      `/api/v1/complaints/${filed.id}/measures/${measure?.id}/fulfilment`,
      w.callers.akimatOfficer,
    );
    expect(taken.stages[0]).toMatchObject({ decision: { measures: [{ fulfilledAt: MONDAY }] } });
    await act(`/api/v1/complaints/${filed.id}/escalation`, w.callers.citizen);
    const decided = await act(`/api/v1/complaints/${filed.id}/decision`, w.callers.ministryOfficer, refuse);
    const toQuality = decided.notices.filter((n) => n.addressee === 'quality_authority').map((n) => n.kind);
    expect(toQuality.sort()).toEqual(['decided', 'decided', 'registered', 'registered']);
    const events = await outboxEvents(service.app, filed.id);
    const registered = events.filter((e) => e.type === ComplaintsEventTypes.registered);
    const outcomes = events.filter((e) => e.type === ComplaintsEventTypes.decided);
    expect(registered.map((e) => e.payload.instanceOrganizationId)).toEqual([w.o.akimat.id, w.o.ministry.id]);
    expect(outcomes.map((e) => e.payload.outcome)).toEqual(['satisfied', 'refused']);
    for (const event of events) {
      expect(event.payload).toMatchObject({
        qualityAuthorityOrganizationId: w.o.quality.id,
        serviceId: w.akimatService.id,
      });
      expect(jsonSchemaProblems(event.type, event.payload)).toEqual([]);
      expect(JSON.stringify(event.payload)).not.toContain(w.callers.citizen.iin);
    }
  });

  it('Art. 19.7: a stranger, another recipient and another provider’s officer cannot read a complaint; staff reads are audited', async () => {
    const filed = await fileAboutApplication();
    for (const outsider of [w.callers.stranger, w.callers.otherCitizen, w.callers.otherAkimatOfficer]) {
      const response = await call('GET', `/api/v1/complaints/${filed.id}`, outsider);
      expect([403, 404]).toContain(response.statusCode);
      expect(response.json()).not.toHaveProperty('stages');
    }
    for (const reader of [
      w.callers.citizen,
      w.callers.akimatOfficer,
      w.callers.ministryOfficer,
      w.callers.qualityOfficer,
    ]) {
      expect((await call('GET', `/api/v1/complaints/${filed.id}`, reader)).statusCode).toBe(200);
    }
    const reads = await service.app
      .get(DataSource)
      .query<Array<{ actor: string }>>(
        `SELECT actor_subject AS actor FROM audit_record WHERE action = 'complaint.read' AND resource_id = $1 ORDER BY occurred_at`,
        [filed.id],
      );
    expect(reads.map((r) => r.actor).sort()).toEqual([
      'officer-akimat',
      'officer-ministry',
      'officer-quality',
    ]);
  });

  it('Art. 19.1: bad input is refused naming the problem, and nothing is written', async () => {
    const before = { complaints: await count('complaint'), outbox: await count('outbox_message') };
    const notMine = await call('POST', '/api/v1/complaints', w.callers.otherCitizen, {
      serviceId: w.akimatService.id,
      trackingNumber: w.application.trackingNumber,
      ground: 'refusal',
      description: 'Чужое заявление',
    });
    expect(notMine.statusCode).toBe(403);
    expect(notMine.json()).toMatchObject({ code: 'APPLICATION_NOT_COMPLAINANTS' });
    const unknownService = await call('POST', '/api/v1/complaints', w.callers.citizen, {
      serviceId: '00000000-0000-4000-8000-000000000000',
      providerId: w.o.akimat.id,
      ground: 'other',
      description: 'Нет такой услуги',
    });
    expect(unknownService.statusCode).toBe(422);
    expect(unknownService.json()).toMatchObject({ code: 'SERVICE_UNKNOWN' });
    expect({ complaints: await count('complaint'), outbox: await count('outbox_message') }).toEqual(before);

    const filed = await fileAboutApplication();
    const written = { stages: await count('complaint_stage'), outbox: await count('outbox_message') };
    const noGrounds = await call(
      'POST',
      `/api/v1/complaints/${filed.id}/extensions`,
      w.callers.akimatOfficer,
      {
        workingDays: 5,
      },
    );
    expect(noGrounds.statusCode).toBe(400);
    expect(noGrounds.json<{ errors: Array<{ field: string }> }>().errors.map((e) => e.field)).toEqual(
      expect.arrayContaining(['reason', 'explanation']),
    );
    const noReasons = await call('POST', `/api/v1/complaints/${filed.id}/decision`, w.callers.akimatOfficer, {
      outcome: 'refused',
    });
    expect(noReasons.statusCode).toBe(400);
    expect(noReasons.json<{ errors: Array<{ field: string }> }>().errors.map((e) => e.field)).toContain(
      'reasons',
    );
    expect(noReasons.headers['content-type']).toContain('application/problem+json');
    expect({ stages: await count('complaint_stage'), outbox: await count('outbox_message') }).toEqual(
      written,
    );
    const still = await call('GET', `/api/v1/complaints/${filed.id}`, w.callers.citizen);
    expect(still.json<ComplaintBody>().stages[0]).toMatchObject({ state: 'open', dueDate: '2026-06-08' });
  });

  it('D20: a filing retried with the same Idempotency-Key is registered once and answered the same', async () => {
    const before = await count('complaint');
    const token = await service.issuer.token(w.callers.citizen);
    const send = () =>
      service.app
        .getHttpAdapter()
        .getInstance()
        .inject({
          method: 'POST',
          url: '/api/v1/complaints',
          headers: { authorization: `Bearer ${token}`, 'idempotency-key': 'complaint-retry-1' },
          payload: {
            serviceId: w.akimatService.id,
            trackingNumber: w.application.trackingNumber,
            ground: 'term_missed',
            description: 'Повторная отправка',
          },
        });
    const first = await send();
    const retry = await send();
    expect([first.statusCode, retry.statusCode]).toEqual([201, 201]);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect(retry.json<ComplaintBody>().id).toBe(first.json<ComplaintBody>().id);
    expect(await count('complaint')).toBe(before + 1);
  });

  it('D20: an extension and a requirement retried with the same Idempotency-Key are made once (issue 13)', async () => {
    const retried = async (key: string, path: string, who: object, payload: object) => {
      const token = await service.issuer.token(who as never);
      const send = () =>
        service.app
          .getHttpAdapter()
          .getInstance()
          .inject({
            method: 'POST',
            url: path,
            headers: { authorization: `Bearer ${token}`, 'idempotency-key': key },
            payload,
          });
      const first = await send();
      const retry = await send();
      expect([first.statusCode, retry.statusCode]).toEqual([first.statusCode, first.statusCode]);
      expect(first.statusCode).toBeLessThan(300);
      expect(retry.headers['idempotent-replayed']).toBe('true');
      expect(retry.json<unknown>()).toEqual(first.json<unknown>());
    };
    const filed = await fileAboutApplication();
    await retried('extension-retry-1', `/api/v1/complaints/${filed.id}/extensions`, w.callers.akimatOfficer, {
      reason: 'on_site_check',
      explanation: { kk: 'Орнына барып тексеру', ru: 'Проверка на месте' },
      workingDays: 3,
    });
    const extended = await call('GET', `/api/v1/complaints/${filed.id}`, w.callers.citizen);
    expect(extended.json<{ stages: Array<{ extensions: unknown[] }> }>().stages[0]?.extensions).toHaveLength(
      1,
    );

    await act(`/api/v1/complaints/${filed.id}/decision`, w.callers.akimatOfficer, refuse);
    await act(`/api/v1/complaints/${filed.id}/escalation`, w.callers.citizen);
    await act(`/api/v1/complaints/${filed.id}/decision`, w.callers.ministryOfficer, refuse);
    await act(`/api/v1/complaints/${filed.id}/escalation`, w.callers.citizen);
    await act(`/api/v1/complaints/${filed.id}/decision`, w.callers.qualityOfficer, {
      outcome: 'refused',
      reasons: { kk: 'Бұзушылық жоқ', ru: 'Нарушения нет' },
    });
    const requirements = await count('complaint_requirement');
    await retried(
      'requirement-retry-1',
      `/api/v1/complaints/${filed.id}/requirements`,
      w.callers.qualityOfficer,
      {
        addresseeId: w.o.akimat.id,
        text: { kk: 'Анықтаманы беру', ru: 'Выдать справку' },
        dueDate: '2026-12-30',
      },
    );
    expect(await count('complaint_requirement')).toBe(requirements + 1);
  });

  it('Art. 19.4.1: each body lists its own register with filters; the complainant lists their own complaints', async () => {
    clock.set(at('2026-06-10'));
    const filed = await fileAboutApplication();
    const register = await call(
      'GET',
      `/api/v1/complaints?state=open&ground=term_missed&registeredFrom=2026-06-10&registeredTo=2026-06-10`,
      w.callers.akimatOfficer,
    );
    expect(register.statusCode).toBe(200);
    const page = register.json<{
      total: number;
      items: Array<{ complaintId: string; registerNumber: string }>;
    }>();
    expect(page.items.map((i) => i.complaintId)).toContain(filed.id);
    expect(page.items.find((i) => i.complaintId === filed.id)?.registerNumber).toBe(
      filed.stages[0]?.registerNumber,
    );
    const elsewhere = await call(
      'GET',
      '/api/v1/complaints?registeredFrom=2026-06-10',
      w.callers.otherAkimatOfficer,
    );
    expect(elsewhere.json()).toMatchObject({ total: 0, items: [] });
    const mine = await call('GET', '/api/v1/complaints/mine?size=200', w.callers.citizen);
    expect(mine.json<{ items: Array<{ complaintId: string }> }>().items.map((i) => i.complaintId)).toContain(
      filed.id,
    );
    const theirs = await call('GET', '/api/v1/complaints/mine', w.callers.otherCitizen);
    expect(theirs.json()).toMatchObject({ total: 0 });
  });
});
