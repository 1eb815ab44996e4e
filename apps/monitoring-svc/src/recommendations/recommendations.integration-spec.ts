import { randomUUID } from 'node:crypto';
import {
  ComplaintsEventTypes,
  eventCatalog,
  MonitoringEventTypes,
  StandardsEventTypes,
  Topics,
  type ComplaintDecidedV1,
  type EventEnvelope,
  type RecommendationAnsweredV1,
} from '@kzps/contracts';
import { jsonSchemaProblems, testEnvelope, TestClock } from '@kzps/testing';
import { DataSource } from 'typeorm';
import { startService, type RunningService } from '../test/harness';
import { organization, publishOrganizations } from '../test/organizations';
import { accredit, ngoMonitor } from '../test/public-monitoring';
import type { RecommendationView } from './recommendation.mapper';

const qa = organization(['quality-authority']);
const qualityAuthorityId = qa.id;
const analyst = {
  subject: 'qa-analyst',
  roles: ['quality-authority' as const],
  organizationId: qualityAuthorityId,
};
const ia = organization(['informatization-authority']);
const informatization = {
  subject: 'ia-officer',
  roles: ['informatization-authority' as const],
  organizationId: ia.id,
};
/** Holds the role in its token but acts for a body the registry does not designate (D18). */
const notDesignated = organization(['public-services-authority']);
const owner = { subject: 'owner-1', roles: ['owner-officer' as const], organizationId: randomUUID() };
const content = { kk: 'Мерзімді қысқарту', ru: 'Сократить срок' };

function decided(complaintId: string, serviceId: string): EventEnvelope<ComplaintDecidedV1> {
  const example = eventCatalog[ComplaintsEventTypes.decided].example;
  return testEnvelope(
    '/kzps/complaints-svc',
    ComplaintsEventTypes.decided,
    complaintId,
    { ...example, complaintId, serviceId, outcome: 'satisfied' },
    new Date('2026-08-20T04:00:00.000Z'),
  );
}

function answered(data: RecommendationAnsweredV1): EventEnvelope<RecommendationAnsweredV1> {
  return testEnvelope(
    '/kzps/standards-svc',
    StandardsEventTypes.recommendationAnswered,
    data.standardId,
    data,
    new Date(data.answeredAt),
  );
}

describe('recommendations back to standards (Art. 7.5, 19.5, 23.5)', () => {
  const clock = new TestClock(new Date('2026-09-01T05:00:00.000Z'));
  let service: RunningService;

  beforeAll(async () => {
    service = await startService('monitoring_recommendations', clock);
    await publishOrganizations(service, qa, ia, notDesignated);
  }, 60_000);

  afterAll(async () => {
    await service.stop();
  });

  const issue = (as: object, body: object) =>
    service.call('POST', '/api/v1/monitoring/recommendations', as as never, body);

  async function issuedEvents(recommendationId: string): Promise<Array<Record<string, unknown>>> {
    const rows = await service.app
      .get(DataSource)
      .query<Array<{ payload: Record<string, unknown> }>>(
        'SELECT payload FROM outbox_message WHERE event_type = $1 AND message_key = $2',
        [MonitoringEventTypes.recommendationIssued, recommendationId],
      );
    for (const row of rows)
      expect(jsonSchemaProblems(MonitoringEventTypes.recommendationIssued, row.payload)).toEqual([]);
    return rows.map((row) => row.payload);
  }

  /** An NGO's accepted report with a finding about the service: on a state order, or on its own initiative. */
  async function reportAbout(serviceId: string, accredited: boolean): Promise<{ id: string; ngo: string }> {
    const monitor = ngoMonitor();
    let stateOrderId: string | undefined;
    if (accredited) {
      const { accreditationId } = await accredit(service, monitor, analyst, {
        validFrom: '2026-09-01',
        validUntil: '2027-08-31',
      });
      const order = await service.call(
        'POST',
        '/api/v1/monitoring/monitoring-reports/state-orders',
        analyst,
        {
          accreditationId,
          subject: { kk: 'ХҚКО мониторингі', ru: 'Мониторинг ЦОН' },
          serviceIds: [serviceId],
          periodFrom: '2026-09-01',
          periodTo: '2026-09-01',
          reportDueDate: '2026-09-15',
        },
      );
      expect(order.statusCode).toBe(201);
      stateOrderId = order.json<{ stateOrderId: string }>().stateOrderId;
    }
    const report = await service.call('POST', '/api/v1/monitoring/monitoring-reports', monitor, {
      basis: accredited ? 'state-order' : 'own-initiative',
      ...(stateOrderId ? { stateOrderId } : {}),
      periodFrom: '2026-09-01',
      periodTo: '2026-09-01',
      summary: { kk: '300 алушы сұралды', ru: 'Опрошено 300 получателей' },
      findings: [
        {
          serviceId,
          text: { kk: 'Құжаттар тізбесі артық', ru: 'Перечень документов избыточен' },
          proposal: 'change',
        },
      ],
    });
    expect(report.statusCode).toBe(201);
    return { id: report.json<{ reportId: string }>().reportId, ngo: String(monitor.organizationId) };
  }

  it('grounds a public-monitoring recommendation only on an accredited NGO’s report about the service (Art. 23.5)', async () => {
    const serviceId = randomUUID();
    const body = { serviceId, action: 'amend', source: 'public_monitoring', content };
    const unknown = await issue(analyst, { ...body, monitoringReportId: randomUUID() });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json<{ code: string }>().code).toBe('RECOMMENDATION_REPORT_NOT_FOUND');
    const ownInitiative = await reportAbout(serviceId, false);
    const apart = await issue(analyst, { ...body, monitoringReportId: ownInitiative.id });
    expect(apart.statusCode).toBe(409);
    expect(apart.json<{ code: string }>().code).toBe('RECOMMENDATION_REPORT_NOT_ACCREDITED');
    const elsewhere = await reportAbout(randomUUID(), true);
    const otherService = await issue(analyst, { ...body, monitoringReportId: elsewhere.id });
    expect(otherService.statusCode).toBe(409);
    expect(otherService.json<{ code: string }>().code).toBe('RECOMMENDATION_REPORT_OTHER_SERVICE');
  });

  it('registers the quality authority’s recommendation from an NGO’s monitoring results and announces it (Art. 23.5)', async () => {
    const serviceId = randomUUID();
    const report = await reportAbout(serviceId, true);
    const monitoringReportId = report.id;
    const ngoOrganizationId = report.ngo;
    const response = await issue(analyst, {
      serviceId,
      action: 'amend',
      source: 'public_monitoring',
      monitoringReportId,
      content,
    });
    expect(response.statusCode).toBe(201);
    const view = response.json<RecommendationView>();
    expect(view).toMatchObject({
      serviceId,
      action: 'amend',
      status: 'pending',
      answer: null,
      source: {
        kind: 'public_monitoring',
        issuerOrganizationId: qualityAuthorityId,
        monitoringReportId,
        ngoOrganizationId,
      },
    });
    expect(view.number).toMatch(/^R-2026-\d{4}$/);
    const [event] = await issuedEvents(view.id);
    expect(event).toMatchObject({
      recommendationId: view.id,
      number: view.number,
      serviceId,
      action: 'amend',
    });
    const read = await service.call('GET', `/api/v1/monitoring/recommendations/${view.id}`);
    expect(read.statusCode).toBe(200);
    expect(read.json()).toEqual(view);
  });

  it('lets the informatization authority recommend on its own ground only (Art. 7.5)', async () => {
    const own = await issue(informatization, {
      serviceId: randomUUID(),
      action: 'adopt',
      source: 'informatization_authority',
      content,
    });
    expect(own.statusCode).toBe(201);
    const other = await issue(informatization, {
      serviceId: randomUUID(),
      action: 'amend',
      source: 'quality_authority',
      content,
    });
    expect(other.statusCode).toBe(403);
    expect(other.json<{ code: string }>().code).toBe('RECOMMENDATION_SOURCE_NOT_YOURS');
    const byOwner = await issue(owner, {
      serviceId: randomUUID(),
      action: 'amend',
      source: 'quality_authority',
      content,
    });
    expect(byOwner.statusCode).toBe(403);
  });

  it('Art. 7.5: refuses a recommendation from an officer of a body the registry does not designate for its source', async () => {
    const before = await service.app
      .get(DataSource)
      .query<Array<{ n: number }>>('SELECT count(*)::int AS n FROM recommendation');
    for (const [role, source] of [
      ['informatization-authority', 'informatization_authority'],
      ['quality-authority', 'quality_authority'],
    ] as const) {
      const refused = await issue(
        { subject: `impostor-${role}`, roles: [role], organizationId: notDesignated.id },
        { serviceId: randomUUID(), action: 'adopt', source, content },
      );
      expect({ source, status: refused.statusCode, code: refused.json<{ code: string }>().code }).toEqual({
        source,
        status: 403,
        code: 'RECOMMENDATION_SOURCE_NOT_YOURS',
      });
    }
    const after = await service.app
      .get(DataSource)
      .query<Array<{ n: number }>>('SELECT count(*)::int AS n FROM recommendation');
    expect(after).toEqual(before);
  });

  it('takes a complaint-review recommendation only on complaints decided about the same service (Art. 19.5)', async () => {
    const serviceId = randomUUID();
    const complaintId = randomUUID();
    const body = {
      serviceId,
      action: 'amend',
      source: 'complaint_review',
      complaintIds: [complaintId],
      content,
    };
    const early = await issue(analyst, body);
    expect(early.statusCode).toBe(409);
    expect(early.json<{ code: string }>().code).toBe('RECOMMENDATION_COMPLAINT_NOT_DECIDED');

    await service.publish(Topics.complaints, [decided(complaintId, serviceId)]);
    const otherService = await issue(analyst, { ...body, serviceId: randomUUID() });
    expect(otherService.statusCode).toBe(409);
    expect(otherService.json<{ code: string }>().code).toBe('RECOMMENDATION_COMPLAINT_OTHER_SERVICE');
    const ok = await issue(analyst, body);
    expect(ok.statusCode).toBe(201);
    expect(ok.json<RecommendationView>().source.complaintIds).toEqual([complaintId]);
  });

  it('refuses bad and hostile input with a problem naming it, writing nothing', async () => {
    const base = { serviceId: randomUUID(), action: 'amend', source: 'quality_authority', content };
    const cases: Array<[object, number, string]> = [
      [{ ...base, action: 'abolish' }, 400, 'VALIDATION_FAILED'],
      [{ ...base, content: { kk: '  ', ru: 'Текст' } }, 400, 'VALIDATION_FAILED'],
      [{ ...base, content: ['kk', 'ru'] }, 400, 'VALIDATION_FAILED'],
      [{ ...base, content: { kk: 'x'.repeat(20_001), ru: 'Текст' } }, 400, 'VALIDATION_FAILED'],
      [{ ...base, serviceId: "1' OR '1'='1" }, 400, 'VALIDATION_FAILED'],
      [{ ...base, source: 'public_monitoring' }, 400, 'VALIDATION_FAILED'],
      [{ ...base, source: 'complaint_review', complaintIds: [] }, 400, 'VALIDATION_FAILED'],
      [
        {
          ...base,
          source: 'complaint_review',
          complaintIds: Array.from({ length: 101 }, () => randomUUID()),
        },
        400,
        'VALIDATION_FAILED',
      ],
      [{ ...base, monitoringReportId: randomUUID() }, 400, 'RECOMMENDATION_FIELD_NOT_FOR_SOURCE'],
      [{ ...base, complaintIds: [randomUUID()] }, 400, 'RECOMMENDATION_FIELD_NOT_FOR_SOURCE'],
      [{ ...base, content: { kk: 'a\u0000b', ru: 'Текст' } }, 400, 'VALIDATION_FAILED'],
    ];
    const before = await service.app
      .get(DataSource)
      .query<Array<{ n: number }>>('SELECT count(*)::int AS n FROM recommendation');
    for (const [body, status, code] of cases) {
      const response = await issue(analyst, body);
      expect({ body, status: response.statusCode }).toEqual({ body, status });
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(response.json<{ code: string }>().code).toBe(code);
    }
    const after = await service.app
      .get(DataSource)
      .query<Array<{ n: number }>>('SELECT count(*)::int AS n FROM recommendation');
    expect(after).toEqual(before);
    const malformed = await service.call('GET', '/api/v1/monitoring/recommendations/not-a-uuid');
    expect(malformed.statusCode).toBe(400);
  });

  it('tracks the owner’s answer from standards-svc, a redelivery changing nothing and a later citation kept', async () => {
    const created = (
      await issue(analyst, {
        serviceId: randomUUID(),
        action: 'cancel',
        source: 'quality_authority',
        content,
      })
    ).json<RecommendationView>();
    const answer: RecommendationAnsweredV1 = {
      recommendationId: created.id,
      standardId: randomUUID(),
      serviceId: created.serviceId,
      ownerOrganizationId: owner.organizationId,
      response: 'accepted',
      reasons: null,
      versionId: null,
      answeredAt: '2026-09-05T05:00:00.000Z',
    };
    const first = answered(answer);
    await service.publish(Topics.standards, [first]);
    const accepted = (
      await service.call('GET', `/api/v1/monitoring/recommendations/${created.id}`)
    ).json<RecommendationView>();
    expect(accepted.status).toBe('accepted');
    expect(accepted.answer).toEqual({
      response: 'accepted',
      standardId: answer.standardId,
      ownerOrganizationId: owner.organizationId,
      reasons: null,
      versionId: null,
      answeredAt: answer.answeredAt,
    });

    const versionId = randomUUID();
    await service.publish(Topics.standards, [answered({ ...answer, versionId }), { ...first }]);
    const cited = (
      await service.call('GET', `/api/v1/monitoring/recommendations/${created.id}`)
    ).json<RecommendationView>();
    expect(cited.answer?.versionId).toBe(versionId);
    const pending = await service.call('GET', `/api/v1/monitoring/recommendations?status=pending&size=200`);
    expect(pending.json<{ items: RecommendationView[] }>().items.map((r) => r.id)).not.toContain(created.id);
  });
});
