import { randomUUID } from 'node:crypto';
import {
  ApplicationsEventTypes,
  MonitoringEventTypes,
  Topics,
  type ApplicationFactsV1,
  type EventEnvelope,
} from '@kzps/contracts';
import { eventually, testEnvelope, TestClock } from '@kzps/testing';
import { DataSource } from 'typeorm';
import { startService, type RunningService } from '../test/harness';
import { organization, publishOrganizations } from '../test/organizations';
import type { IndicatorRow } from '../indicators/indicators.service';
import type { SurveyViolationsPage } from './surveys.service';

const citizen = { subject: 'citizen-1', roles: ['recipient' as const], iin: '850101300123' };
const stranger = { subject: 'citizen-2', roles: ['recipient' as const], iin: '900202400456' };
const analyst = { subject: 'qa-analyst', roles: ['quality-authority' as const] };
const scores = { timeliness: 5, courtesy: 4, convenience: 3, information: 4, result: 5 };

function facts(ownerId: string): ApplicationFactsV1 {
  return {
    applicationId: randomUUID(),
    trackingNumber: 'KZ-2026-000001',
    serviceId: randomUUID(),
    standardId: randomUUID(),
    standardVersionId: randomUUID(),
    ownerOrganizationId: ownerId,
    providerOrganizationId: randomUUID(),
    pscOrganizationId: null,
    pscBranch: null,
    regionKato: '751110000',
    channel: 'electronic',
    recipientType: 'individual',
    acceptedAt: '2026-07-01T04:00:00.000Z',
    dueDate: '2026-07-08',
    dueAt: '2026-07-08T18:59:59.999Z',
    handoverDueAt: null,
    term: { value: 5, unit: 'working_days', acceptanceDayCounts: false },
  };
}

const at = new Date('2026-07-01T04:00:00.000Z');
const submitted = (f: ApplicationFactsV1): EventEnvelope =>
  testEnvelope(
    '/kzps/applications-svc',
    ApplicationsEventTypes.submitted,
    f.applicationId,
    {
      ...f,
      recipientIdNumber: citizen.iin,
      feeKzt: null,
    },
    at,
  );
const issued = (f: ApplicationFactsV1): EventEnvelope =>
  testEnvelope(
    '/kzps/applications-svc',
    ApplicationsEventTypes.resultIssued,
    f.applicationId,
    {
      ...f,
      resultForm: 'electronic_document',
      resultRecordedAt: '2026-07-07T06:00:00.000Z',
      issuedAt: '2026-07-07T06:00:00.000Z',
      onTime: true,
    },
    at,
  );

describe('satisfaction surveys (Art. 5.4.2)', () => {
  const clock = new TestClock(new Date('2026-07-10T04:00:00.000Z'));
  const delivered = facts(randomUUID());
  const pending = facts(randomUUID());
  let service: RunningService;

  beforeAll(async () => {
    service = await startService('monitoring_surveys', clock);
    await service.publish(Topics.applications, [submitted(delivered), issued(delivered), submitted(pending)]);
  }, 60_000);

  afterAll(async () => {
    await service.stop();
  });

  const answer = (as: object, applicationId: string, headers?: Record<string, string>) =>
    service.call(
      'POST',
      '/api/v1/monitoring/surveys',
      as as never,
      { applicationId, scores, comment: 'Рахмет' },
      headers,
    );

  it('refuses a rating before the result is issued, and of someone else’s application', async () => {
    const early = await answer(citizen, pending.applicationId);
    expect(early.statusCode).toBe(409);
    expect(early.json<{ code: string }>().code).toBe('SURVEY_RESULT_NOT_ISSUED');
    const foreign = await answer(stranger, delivered.applicationId);
    expect(foreign.statusCode).toBe(404);
    expect(foreign.json<{ code: string }>().code).toBe('SURVEY_APPLICATION_UNKNOWN');
  });

  it('takes one rating per application, a retry with its key answering the same, and counts it', async () => {
    const headers = { 'idempotency-key': 'survey-1' };
    const first = await answer(citizen, delivered.applicationId, headers);
    expect(first.statusCode).toBe(201);
    const replay = await answer(citizen, delivered.applicationId, headers);
    expect(replay.statusCode).toBe(201);
    expect(replay.headers['idempotent-replayed']).toBe('true');
    expect(replay.json()).toEqual(first.json());
    const again = await answer(citizen, delivered.applicationId);
    expect(again.statusCode).toBe(409);
    expect(again.json<{ code: string }>().code).toBe('SURVEY_ALREADY_ANSWERED');

    const events = await service.app
      .get(DataSource)
      .query<Array<{ payload: { type: string; data: Record<string, unknown> } }>>(
        `SELECT payload FROM outbox_message WHERE event_type = $1`,
        [MonitoringEventTypes.surveyAnswered],
      );
    expect(events).toHaveLength(1);
    expect(JSON.stringify(events)).not.toContain(citizen.iin);

    const july = await eventually(async () => {
      const response = await service.call(
        'GET',
        `/api/v1/monitoring/indicators?serviceId=${delivered.serviceId}`,
        analyst,
      );
      const [row] = response.json<{ items: IndicatorRow[] }>().items;
      return row?.surveyAnswers === 1 ? row : undefined;
    }, 'the survey counted in the indicators');
    expect(july.satisfactionScore).toBe(4.2);
  });

  it('lists every service owner the registry names whose services no recipient rated in the last twelve months, one with no application too (Art. 5.4.2)', async () => {
    const [ratedOwner, unratedOwner, quietOwner] = [1, 2, 3].map(() => organization(['service-owner']));
    const retiredOwner = { ...organization(['service-owner']), active: false };
    const provider = organization(['provider']);
    await publishOrganizations(service, ratedOwner, unratedOwner, quietOwner, retiredOwner, provider);
    const rated = facts(ratedOwner.id);
    await service.publish(Topics.applications, [
      submitted(rated),
      issued(rated),
      submitted(facts(unratedOwner.id)),
      submitted(facts(provider.id)),
    ]);
    expect((await answer(citizen, rated.applicationId)).statusCode).toBe(201);
    const listed = async (): Promise<SurveyViolationsPage> =>
      (await service.call('GET', '/api/v1/monitoring/surveys/violations?size=200', analyst)).json();

    const now = (await listed()).items.map((v) => v.ownerId);
    expect(now).toEqual(expect.arrayContaining([unratedOwner.id, quietOwner.id]));
    // Rated within the year; no longer active; not an owner at all, whatever applications name it.
    expect(now).not.toContain(ratedOwner.id);
    expect(now).not.toContain(retiredOwner.id);
    expect(now).not.toContain(provider.id);

    clock.set('2027-07-11T04:00:00.000Z');
    try {
      const later = await listed();
      expect(later.since).toBe('2026-07-11');
      expect(later.items).toContainEqual({
        ownerId: ratedOwner.id,
        lastAnsweredAt: '2026-07-10T04:00:00.000Z',
      });
    } finally {
      clock.set('2026-07-10T04:00:00.000Z');
    }
  });
});
