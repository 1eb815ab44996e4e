import { randomUUID } from 'node:crypto';
import {
  ApplicationsEventTypes as A,
  eventCatalog,
  MonitoringEventTypes,
  StandardsEventTypes,
  Topics,
  type EventEnvelope,
} from '@kzps/contracts';
import { jsonSchemaProblems, testEnvelope, TestClock } from '@kzps/testing';
import { DataSource } from 'typeorm';
import { startService, type RunningService } from '../test/harness';
import { organization, publishOrganizations } from '../test/organizations';
import { exampleMethodologyBody } from './evaluations.examples';
import type { EvaluationView, MethodologyView, RatingsView } from './evaluations.service';

const qa = organization(['quality-authority']);
const otherBody = organization(['public-services-authority']);
const punctual = organization(['service-owner']);
const late = organization(['service-owner']);
const evaluator = { subject: 'qa-evaluator', roles: ['quality-authority' as const], organizationId: qa.id };
const impostor = {
  subject: 'psa-officer',
  roles: ['quality-authority' as const],
  organizationId: otherBody.id,
};
const text = (ru: string) => ({ kk: `${ru} (kk)`, ru });

/** An application of the owner's in 2026, its result on time or late. */
function delivered(ownerId: string, onTime: boolean, channel: 'electronic' | 'psc'): EventEnvelope[] {
  const applicationId = randomUUID();
  const at = new Date('2026-05-04T05:00:00.000Z');
  const submitted = {
    ...eventCatalog[A.submitted].example,
    applicationId,
    ownerOrganizationId: ownerId,
    channel,
    acceptedAt: at.toISOString(),
  };
  const issued = {
    ...eventCatalog[A.resultIssued].example,
    applicationId,
    ownerOrganizationId: ownerId,
    channel,
    acceptedAt: at.toISOString(),
    issuedAt: '2026-05-12T05:00:00.000Z',
    onTime,
  };
  return [
    testEnvelope('/kzps/applications-svc', A.submitted, applicationId, submitted, at),
    testEnvelope('/kzps/applications-svc', A.resultIssued, applicationId, issued, at),
  ];
}

describe('the yearly quality evaluation of owners (Art. 20-21)', () => {
  const clock = new TestClock(new Date('2026-08-20T05:00:00.000Z'));
  let service: RunningService;

  beforeAll(async () => {
    service = await startService('monitoring_evaluations', clock);
    await publishOrganizations(service, qa, otherBody, punctual, late);
    // 2026: the punctual owner delivers 4 of 4 on time; the late one 2 of 4, and updated its information late.
    await service.publish(Topics.applications, [
      ...[true, true, true, true].flatMap((onTime, i) =>
        delivered(punctual.id, onTime, i % 2 ? 'psc' : 'electronic'),
      ),
      ...[true, true, false, false].flatMap((onTime) => delivered(late.id, onTime, 'psc')),
    ]);
    const overdue = {
      ...eventCatalog[StandardsEventTypes.informationUpdateOverdue].example,
      organizationId: late.id,
      roles: ['owner' as const],
    };
    await service.publish(Topics.standards, [
      testEnvelope(
        '/kzps/standards-svc',
        StandardsEventTypes.informationUpdateOverdue,
        overdue.standardId,
        overdue,
        clock.now(),
      ),
    ]);
  }, 90_000);

  afterAll(async () => {
    await service.stop();
  });

  const adopt = (as: object, body: object) =>
    service.call('POST', '/api/v1/monitoring/evaluations/methodologies', as as never, body);
  const publish = (as: object, year: number) =>
    service.call('POST', '/api/v1/monitoring/evaluations', as as never, { year });

  it('lets only the designated quality authority adopt a methodology, checked whole (Art. 21, D18)', async () => {
    expect((await adopt(impostor, exampleMethodologyBody)).json<{ code: string }>().code).toBe(
      'QUALITY_AUTHORITY_NOT_YOURS',
    );
    const owner = { subject: 'owner', roles: ['owner-officer' as const], organizationId: punctual.id };
    expect((await adopt(owner, exampleMethodologyBody)).statusCode).toBe(403);
    const cases: Array<[object, number, string]> = [
      [
        { ...exampleMethodologyBody, criteria: [{ criterion: 'on_time_share', weight: 90 }] },
        422,
        'EVALUATION_WEIGHTS_NOT_100',
      ],
      [
        {
          ...exampleMethodologyBody,
          criteria: [
            { criterion: 'on_time_share', weight: 50 },
            { criterion: 'on_time_share', weight: 50 },
          ],
        },
        422,
        'EVALUATION_CRITERION_REPEATED',
      ],
      [
        { ...exampleMethodologyBody, criteria: [{ criterion: 'complaints_per_1000', weight: 100 }] },
        422,
        'EVALUATION_CRITERION_WORST_MISSING',
      ],
      [
        { ...exampleMethodologyBody, bands: [{ code: 'high', name: text('Высокий'), minScore: 50 }] },
        422,
        'EVALUATION_BANDS_INVALID',
      ],
      [{ ...exampleMethodologyBody, adoptedOn: '2026-08-21' }, 422, 'EVALUATION_METHODOLOGY_DATE_INVALID'],
      [{ ...exampleMethodologyBody, adoptedOn: '2026-02-30' }, 400, 'VALIDATION_FAILED'],
      [
        { ...exampleMethodologyBody, criteria: [{ criterion: 'bribes', weight: 100 }] },
        400,
        'VALIDATION_FAILED',
      ],
      [
        { ...exampleMethodologyBody, criteria: [{ criterion: 'on_time_share', weight: 100.5 }] },
        400,
        'VALIDATION_FAILED',
      ],
      [{ ...exampleMethodologyBody, title: { kk: ' ', ru: 'Методика' } }, 400, 'VALIDATION_FAILED'],
      [{ ...exampleMethodologyBody, criteria: 'all' }, 400, 'VALIDATION_FAILED'],
      [
        { ...exampleMethodologyBody, bands: [{ code: 'Ж\u0000', name: text('Высокий'), minScore: 0 }] },
        400,
        'VALIDATION_FAILED',
      ],
    ];
    const before = await service.call('GET', '/api/v1/monitoring/evaluations/methodologies');
    for (const [body, status, code] of cases) {
      const response = await adopt(evaluator, body);
      expect({ body, status: response.statusCode, code: response.json<{ code: string }>().code }).toEqual({
        body,
        status,
        code,
      });
    }
    const after = await service.call('GET', '/api/v1/monitoring/evaluations/methodologies');
    expect(after.json<{ total: number }>().total).toBe(before.json<{ total: number }>().total);
  });

  it('scores each owner from its figures, explains every point, ranks them and publishes the year once', async () => {
    const adopted = await adopt(evaluator, exampleMethodologyBody);
    expect(adopted.statusCode).toBe(201);
    const methodology = adopted.json<MethodologyView>();
    expect(methodology).toMatchObject({ version: 1, qualityAuthorityId: qa.id, adoptedOn: '2025-12-20' });

    // The punctual owner is inspected in September: one finding.
    const inspection = await service.call('POST', '/api/v1/monitoring/inspections', evaluator, {
      kind: 'unplanned',
      ground: { kind: 'complaint', reference: randomUUID() },
      subjectOrganizationId: punctual.id,
      subjectRole: 'owner',
      serviceIds: [randomUUID()],
      startDate: '2026-09-01',
      endDate: '2026-09-14',
    });
    expect(inspection.statusCode).toBe(201);
    const path = `/api/v1/monitoring/inspections/${inspection.json<{ inspectionId: string }>().inspectionId}`;
    clock.set('2026-09-10T05:00:00.000Z');
    const finding = await service.call('POST', `${path}/findings`, evaluator, {
      violated: { kind: 'standard-item', reference: 'п. 8' },
      description: text('Запрошен документ сверх стандарта'),
    });
    expect(finding.statusCode).toBe(201);
    expect(
      (await service.call('POST', `${path}/completion`, evaluator, { summary: text('Одно нарушение') }))
        .statusCode,
    ).toBe(200);

    expect((await publish(evaluator, 2026)).json<{ code: string }>().code).toBe('EVALUATION_YEAR_NOT_OVER');
    clock.set('2027-02-01T05:00:00.000Z');
    expect((await publish(evaluator, 2025)).json<{ code: string }>().code).toBe(
      'EVALUATION_METHODOLOGY_NONE',
    );
    expect((await publish(impostor, 2026)).json<{ code: string }>().code).toBe('QUALITY_AUTHORITY_NOT_YOURS');

    const published = await publish(evaluator, 2026);
    expect(published.statusCode).toBe(201);
    const ratings = published.json<RatingsView>();
    // Punctual: on time 1.0×30, no complaints 1.0×20, one finding of worst 5 → 0.8×20, no late update 1.0×10,
    // no survey: 76 points over the 80 weights measured → 95. Late: 0.5×30 + 1.0×20 + (1 − 1/3)×10, neither
    // inspected nor surveyed: 41.67 over 60 → 69.44.
    expect(ratings.owners.map((o) => [o.ownerId, o.score, o.band, o.rank])).toEqual([
      [punctual.id, 95, 'high', 1],
      [late.id, 69.44, 'medium', 2],
    ]);
    expect(ratings.methodology).toEqual({ id: methodology.id, version: 1 });

    const explained = (
      await service.call('GET', `/api/v1/monitoring/evaluations/${ratings.owners[1]?.evaluationId}`)
    ).json<EvaluationView>();
    const onTime = explained.criteria.find((c) => c.criterion === 'on_time_share');
    expect(onTime).toMatchObject({
      figures: { resultsIssuedOnTime: 2, resultsIssuedLate: 2 },
      value: 0.5,
      weight: 30,
      appliedWeight: 50,
      points: 25,
    });
    expect(explained.criteria.find((c) => c.criterion === 'inspection_findings')).toMatchObject({
      value: null,
      score: null,
      appliedWeight: 0,
    });
    expect(explained.criteria.find((c) => c.criterion === 'information_updates_late')?.figures).toMatchObject(
      {
        informationUpdatesLate: 1,
      },
    );
    expect(explained.criteria.reduce((sum, c) => sum + c.points, 0)).toBeCloseTo(explained.score, 1);

    const again = await publish(evaluator, 2026);
    expect(again.statusCode).toBe(409);
    expect(again.json<{ code: string }>().code).toBe('EVALUATION_YEAR_PUBLISHED');

    const events = await service.app
      .get(DataSource)
      .query<Array<{ payload: Record<string, unknown> }>>(
        'SELECT payload FROM outbox_message WHERE event_type = $1',
        [MonitoringEventTypes.evaluationPublished],
      );
    expect(events.map((e) => e.payload.ownerOrganizationId).sort()).toEqual([punctual.id, late.id].sort());
    for (const { payload } of events)
      expect(jsonSchemaProblems(MonitoringEventTypes.evaluationPublished, payload)).toEqual([]);

    const rating = await service.call('GET', '/api/v1/monitoring/evaluations/ratings/2026');
    expect(rating.json()).toEqual(ratings);
    const ownHistory = await service.call('GET', `/api/v1/monitoring/evaluations?ownerId=${late.id}`);
    expect(ownHistory.json<{ items: EvaluationView[] }>().items.map((e) => e.year)).toEqual([2026]);
  });
});
