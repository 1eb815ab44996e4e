import { randomUUID } from 'node:crypto';
import {
  eventCatalog,
  MonitoringEventTypes,
  StandardsEventTypes,
  Topics,
  type RecommendationIssuedV1,
} from '@kzps/contracts';
import { eventually, jsonSchemaProblems, testEnvelope } from '@kzps/testing';
import { DataSource } from 'typeorm';
import { publish, type TestOrganization } from '../test/harness';
import { completeContent } from '../test/standard-fixtures';
import { standardAt } from '../test/standard-lifecycle';
import { designatedBodies, officerOf, useStandardsApp } from '../test/test-app';
import type { StandardRecommendationView } from './recommendation.view';

// Art. 7.5: recommendations monitoring-svc announces, shown on the standard and answered by its owner only.
// Each test brings a service of its own into force, so each runs alone and in any order.

const ministry: TestOrganization = { id: randomUUID(), bin: '100000000010', kind: 'central-state-body' };
const otherMinistry: TestOrganization = { id: randomUUID(), bin: '100000000011', kind: 'central-state-body' };
const { psa, ia, justice } = designatedBodies();
const owner = officerOf(ministry, 'owner-officer');
const stranger = officerOf(otherMinistry, 'owner-officer');
const includedAt = new Date('2026-02-20T05:00:00Z');
const reasons = { kk: 'Дерекқорда мәлімет жоқ', ru: 'В базе данных нет сведений' };

describe('recommendations on a standard (Art. 7.5)', () => {
  const { app, call, driver } = useStandardsApp(
    'standards_recommendations',
    [ministry, otherMinistry, psa, ia, justice],
    includedAt,
  );

  async function inForce(): Promise<{ id: string; serviceId: string }> {
    const serviceId = randomUUID();
    const id = await standardAt(driver(), {
      service: { id: serviceId, ownerId: ministry.id, providerIds: [ministry.id], channels: ['provider'] },
      includedAt,
      stage: 'in_force',
      owner,
      content: completeContent(ministry.id, 4),
      noticeAt: new Date('2026-05-06T06:00:00Z'),
      approverOf: () => officerOf(psa, 'public-services-authority'),
      registrar: officerOf(justice, 'justice-officer'),
    });
    return { id, serviceId };
  }

  /** monitoring-svc's announcement, as its relay publishes it, and its arrival in the standard's list. */
  async function recommend(
    standardId: string,
    serviceId: string,
    patch: Partial<RecommendationIssuedV1> = {},
  ): Promise<RecommendationIssuedV1> {
    const example = eventCatalog[MonitoringEventTypes.recommendationIssued].example;
    const data: RecommendationIssuedV1 = { ...example, recommendationId: randomUUID(), serviceId, ...patch };
    const event = testEnvelope(
      '/kzps/monitoring-svc',
      MonitoringEventTypes.recommendationIssued,
      data.recommendationId,
      data,
      new Date(data.issuedAt),
    );
    // Sent twice: the second delivery must change nothing.
    await publish(driver().kafka, Topics.monitoringRecommendations, [event, event]);
    await eventually(async () => {
      const page = (await call('GET', `/api/v1/standards/${standardId}/recommendations`)).json<{
        items: StandardRecommendationView[];
      }>();
      return page.items.some((r) => r.id === data.recommendationId) || undefined;
    }, 'the recommendation on the standard');
    return data;
  }

  async function answers(standardId: string): Promise<Array<Record<string, unknown>>> {
    const rows: Array<{ payload: Record<string, unknown> }> = await app()
      .get(DataSource)
      .query('SELECT payload FROM outbox_message WHERE event_type = $1 AND message_key = $2 ORDER BY id', [
        StandardsEventTypes.recommendationAnswered,
        standardId,
      ]);
    for (const { payload } of rows)
      expect(jsonSchemaProblems(StandardsEventTypes.recommendationAnswered, payload)).toEqual([]);
    return rows.map((row) => row.payload);
  }

  it('shows a recommendation once however often it is delivered, and lets only the owner reject it, with reasons', async () => {
    const { id, serviceId } = await inForce();
    const recommendation = await recommend(id, serviceId);
    const listed = (await call('GET', `/api/v1/standards/${id}/recommendations?status=pending`)).json<{
      items: StandardRecommendationView[];
      total: number;
    }>();
    expect(listed.total).toBe(1);
    expect(listed.items[0]).toMatchObject({
      id: recommendation.recommendationId,
      status: 'pending',
      action: 'amend',
    });

    const url = `/api/v1/standards/${id}/recommendations/${recommendation.recommendationId}/answer`;
    const byStranger = await call('POST', url, stranger, { response: 'rejected', reasons });
    expect(byStranger.statusCode).toBe(403);
    expect(byStranger.json<{ code: string }>().code).toBe('STANDARD_NOT_THE_OWNER');
    const anonymous = await call('POST', url, undefined, { response: 'accepted' });
    expect(anonymous.statusCode).toBe(401);
    for (const body of [
      { response: 'rejected' },
      { response: 'rejected', reasons: { kk: 'Себеп' } },
      { response: 'rejected', reasons: ' ' },
      { response: 'maybe' },
      { response: 'rejected', reasons: { kk: 'a\u0000', ru: 'b' } },
    ]) {
      const bad = await call('POST', url, owner, body);
      expect({ body, status: bad.statusCode }).toEqual({ body, status: 400 });
      expect(bad.headers['content-type']).toContain('application/problem+json');
    }
    expect(await answers(id)).toEqual([]);

    const rejected = await call('POST', url, owner, { response: 'rejected', reasons });
    expect(rejected.statusCode).toBe(201);
    expect(rejected.json()).toMatchObject({ status: 'rejected', reasons, versionId: null });
    const again = await call('POST', url, owner, { response: 'accepted' });
    expect(again.statusCode).toBe(409);
    expect(again.json<{ code: string }>().code).toBe('RECOMMENDATION_ALREADY_ANSWERED');
    expect(await answers(id)).toEqual([
      expect.objectContaining({
        recommendationId: recommendation.recommendationId,
        response: 'rejected',
        reasons,
      }),
    ]);

    const cite = await call('POST', `/api/v1/standards/${id}/versions`, owner, {
      kind: 'amendment',
      basis: 'public_monitoring',
      recommendationId: recommendation.recommendationId,
    });
    expect(cite.statusCode).toBe(409);
    expect(cite.json<{ code: string }>().code).toBe('RECOMMENDATION_REJECTED');
  });

  it('lets an amendment cite a recommendation only for the change it asks, on its source’s basis', async () => {
    const { id, serviceId } = await inForce();
    const cancel = await recommend(id, serviceId, { action: 'cancel' });
    const amend = await recommend(id, serviceId, {
      action: 'amend',
      source: {
        ...cancel.source,
        kind: 'complaint_review',
        monitoringReportId: null,
        ngoOrganizationId: null,
      },
    });
    const start = (body: object) => call('POST', `/api/v1/standards/${id}/versions`, owner, body);

    const wrongAction = await start({
      kind: 'amendment',
      basis: 'public_monitoring',
      recommendationId: cancel.recommendationId,
    });
    expect(wrongAction.json<{ code: string }>().code).toBe('RECOMMENDATION_ACTION_MISMATCH');
    const wrongBasis = await start({
      kind: 'amendment',
      basis: 'public_monitoring',
      recommendationId: amend.recommendationId,
    });
    expect(wrongBasis.statusCode).toBe(409);
    expect(wrongBasis.json<{ code: string }>().code).toBe('RECOMMENDATION_BASIS_MISMATCH');
    const unknown = await start({
      kind: 'amendment',
      basis: 'complaint_review',
      recommendationId: randomUUID(),
    });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json<{ code: string }>().code).toBe('RECOMMENDATION_NOT_FOUND');
    expect(await answers(id)).toEqual([]);

    const started = await start({
      kind: 'amendment',
      basis: 'complaint_review',
      recommendationId: amend.recommendationId,
    });
    expect(started.statusCode).toBe(201);
    const version = started.json<{ id: string; basis: Record<string, unknown> }>();
    expect(version.basis).toEqual({
      kind: 'complaint_review',
      reference: amend.number,
      recommendationId: amend.recommendationId,
    });
    const [answer] = await answers(id);
    expect(answer).toMatchObject({
      recommendationId: amend.recommendationId,
      response: 'accepted',
      versionId: version.id,
      ownerOrganizationId: ministry.id,
    });
    const page = (await call('GET', `/api/v1/standards/${id}/recommendations?status=accepted`)).json<{
      items: StandardRecommendationView[];
    }>();
    expect(page.items.map((r) => [r.id, r.versionId])).toEqual([[amend.recommendationId, version.id]]);
  });
});
