import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { type IdentityClaimsInput } from '@kzps/auth';
import { startTestIssuer, type TestIssuer } from '@kzps/auth/testing';
import {
  allExampleRequests,
  createTestDatabase,
  eventually,
  exampleGaps,
  type ExampleRequest,
  exampleRequests,
  type HttpMethod,
  isBadExampleAnswer,
  type OpenApiDocument,
  operationsOf,
  type ParameterValues,
  type RunningTestBroker,
  sendExample,
  startTestBroker,
  type TestDatabase,
  TestClock,
} from '@kzps/testing';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { DataSource } from 'typeorm';
import {
  CLOUDEVENTS_SPEC_VERSION,
  eventCatalog,
  JSON_CONTENT_TYPE,
  MonitoringEventTypes,
  Topics,
} from '@kzps/contracts';
import { exampleCalendar, exampleDates, exampleTimes } from './common/api-examples';
import { EntryIntoForceWatcher } from './registration/entry-into-force.watcher';
import { exampleRecommendationId } from './recommendations/recommendations.examples';
import {
  childbirthAllowance,
  demoDecreeEffectiveAt,
  demoUsers,
  digitalDevelopment,
  labour,
  largeFamilies,
  ministryOfJustice,
} from './test/demo-registry';
import {
  organizationEvents,
  publish,
  registryTopics,
  serviceIncluded,
  startApp,
  testConfig,
  testKafka,
} from './test/harness';

// A broker of the file's own: other projects' tests publish organisations with the roles this service looks
// its authorities up by on the run's shared broker.

/**
 * Example requests that cannot succeed against the demo as it stands, and why. Each must meet exactly this
 * answer: anything else, a 400 above all, fails the test. The last test sends their bodies to a real
 * standard instead.
 */
const needsState = [
  {
    path: /^\/api\/v1\/standards\/\{id\}/,
    status: 404,
    code: 'STANDARD_NOT_FOUND',
    why: 'a standard’s id is made when this service takes in the registry’s inclusion, different in every database, so no example can name the demo’s',
  },
];

/** Who sends an example: the demo user the operation is for (anyone else meets a 403 before the example counts). */
function senderOf({ method, path }: ExampleRequest): IdentityClaimsInput {
  if (path === '/api/v1/standards/imports') return demoUsers.authority;
  if (path.includes('/registration')) return demoUsers.justice;
  if (path.endsWith('/decision')) return demoUsers.authority;
  if (path.endsWith('/reglament/agreement')) return demoUsers.informatization;
  if (path.endsWith('/proposals') && method === 'post') return demoUsers.recipient;
  return demoUsers.owner;
}

describe('the OpenAPI document of standards-svc', () => {
  let database: TestDatabase;
  let broker: RunningTestBroker;
  let issuer: TestIssuer;
  let app: NestFastifyApplication;
  let document: OpenApiDocument;
  let standardId: string;
  const clock = new TestClock(new Date(exampleTimes.includedAt));

  const inject = (options: InjectOptions): Promise<LightMyRequestResponse> =>
    app.getHttpAdapter().getInstance().inject(options);
  const bearer = async (as: IdentityClaimsInput): Promise<Record<string, string>> => ({
    authorization: `Bearer ${await issuer.token(as)}`,
  });

  beforeAll(async () => {
    database = await createTestDatabase('standards_openapi');
    broker = await startTestBroker();
    issuer = await startTestIssuer();
    app = await startApp(testConfig({ databaseUrl: database.url, issuer, brokers: broker.address }), clock);
    // The demo registry as the embedded run publishes it: the organisations, then 01.02-001's inclusion.
    const kafka = testKafka(broker.address);
    const organizations = [labour, digitalDevelopment, ministryOfJustice];
    await publish(
      kafka,
      registryTopics.organizations,
      organizationEvents(organizations, new Date(exampleTimes.includedAt)),
    );
    await publish(kafka, registryTopics.services, [
      serviceIncluded(childbirthAllowance, new Date(exampleTimes.includedAt)),
      // Included by the registry's decree of 2020: history, its standard in force is imported (Art. 25).
      serviceIncluded(largeFamilies, demoDecreeEffectiveAt),
    ]);
    standardId = await eventually(async () => {
      const response = await inject({
        method: 'GET',
        url: `/api/v1/standards?serviceId=${childbirthAllowance.id}`,
      });
      return response.json<{ items: Array<{ id: string }> }>().items[0]?.id;
    }, 'the standard of the demo’s 01.02-001');
    await eventually(async () => {
      const response = await inject({
        method: 'GET',
        url: `/api/v1/standards?serviceId=${largeFamilies.id}`,
      });
      return response.json<{ items: unknown[] }>().items.length > 0 ? true : undefined;
    }, 'the standard of the demo’s 01.02-002');
    await eventually(async () => {
      const rows: unknown[] = await app
        .get(DataSource)
        .query('SELECT 1 FROM organization_ref WHERE cardinality(roles) > 0');
      return rows.length === organizations.length ? true : undefined;
    }, 'the demo organisations with their roles');
    const response = await inject({ method: 'GET', url: '/openapi.json' });
    expect(response.statusCode).toBe(200);
    document = response.json<OpenApiDocument>();
  }, 60_000);

  afterAll(async () => {
    await app?.close();
    await issuer?.close();
    await broker?.stop();
    await database?.drop();
  });

  it('serves health without a token', async () => {
    expect((await inject({ method: 'GET', url: '/health/live' })).statusCode).toBe(200);
    expect((await inject({ method: 'GET', url: '/health/ready' })).json()).toMatchObject({ status: 'ready' });
  });

  it('documents every resource path under the public prefix', () => {
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/standards',
        '/api/v1/standards/{id}',
        '/api/v1/standards/{id}/versions',
        '/api/v1/standards/{id}/discussion',
        '/api/v1/standards/{id}/discussion/proposals',
        '/api/v1/standards/{id}/discussion/notice',
        '/api/v1/standards/{id}/approvals',
        '/api/v1/standards/{id}/registration',
        '/api/v1/standards/{id}/registration/refusals',
        '/api/v1/standards/{id}/reglament',
      ]),
    );
  });

  it('describes every operation with a summary and an example for every parameter, body and response', () => {
    expect(operationsOf(document).length).toBeGreaterThanOrEqual(26);
    expect(exampleGaps(document)).toEqual([]);
  });

  it('takes every example as good input: the ones that need no standard succeed, the others find none', async () => {
    const unexpected: string[] = [];
    for (const request of allExampleRequests(document)) {
      const response = await sendExample(inject, request, await bearer(senderOf(request)));
      const exception = needsState.find((e) => e.path.test(request.path));
      const answer = `${response.statusCode} ${response.body.slice(0, 300)}`;
      if (isBadExampleAnswer(response.statusCode)) {
        unexpected.push(`${request.name}: ${answer}`);
      } else if (exception) {
        const code = response.json<{ code?: string }>().code;
        if (response.statusCode !== exception.status || code !== exception.code) {
          unexpected.push(`${request.name}: ${answer}, not ${exception.status} ${exception.code}`);
        }
      } else if (response.statusCode >= 300) {
        unexpected.push(`${request.name}: ${answer}`);
      }
    }
    expect(unexpected).toEqual([]);
  });

  it('carries the demo’s 01.02-001 from a draft to a standard in force with its reglament on the document’s examples', async () => {
    const sent = new Set<string>();
    const ids: Record<string, string> = {};
    /**
     * Sends one of an operation's examples (named, or its only one) as the demo user, to the demo's standard
     * and what the story made under it. The answer must be one the operation documents, and this status.
     */
    const send = async (
      method: HttpMethod,
      path: string,
      as: IdentityClaimsInput,
      status: number,
      options: { example?: string; values?: ParameterValues; code?: string } = {},
    ): Promise<LightMyRequestResponse> => {
      const operation = document.paths[path]?.[method];
      if (!operation) throw new Error(`${method} ${path} is not documented`);
      const requests = exampleRequests(
        document,
        { method, path, operation },
        { id: standardId, ...options.values },
      );
      const request = options.example ? requests.find((r) => r.example === options.example) : requests[0];
      if (!request) throw new Error(`${method} ${path} has no example ${options.example}`);
      sent.add(request.name);
      const response = await sendExample(inject, request, await bearer(as));
      // Compared whole, so that a failure shows which example met which problem.
      const { code, detail } = response.json<{ code?: string; detail?: string }>();
      expect({ request: request.name, status: response.statusCode, code, detail }).toEqual({
        request: request.name,
        status,
        code: options.code ?? code,
        detail,
      });
      expect(Object.keys(operation.responses ?? {})).toContain(String(response.statusCode));
      return response;
    };
    const at = (instant: string): void => clock.set(instant);
    const { owner, recipient, business, authority, informatization, justice } = demoUsers;
    const standard = '/api/v1/standards/{id}';
    const approvals = async (round: number): Promise<Record<string, string>> => {
      const page = await send('get', `${standard}/approvals`, owner, 200, {
        values: { round: String(round) },
      });
      const items = page.json<{ items: Array<{ id: string; kind: string }> }>().items;
      return Object.fromEntries(items.map((approval) => [approval.kind, approval.id]));
    };
    const bothApprove = async (round: number): Promise<void> => {
      const pending = await approvals(round);
      for (const [kind, as] of [
        ['public_services_authority', authority],
        ['informatization_authority', informatization],
      ] as const) {
        await send('post', `${standard}/approvals/{approvalId}/decision`, as, 201, {
          example: 'approved',
          values: { approvalId: pending[kind] ?? '' },
        });
      }
    };

    // Art. 7.4, 8: a draft saved part-way is kept, but goes to discussion only complete.
    at('2026-06-02T04:30:00.000Z');
    await send('put', `${standard}/draft`, owner, 200, { example: 'partial' });
    await send('post', `${standard}/discussion`, owner, 422, { code: 'DRAFT_INCOMPLETE' });
    const drafted = await send('put', `${standard}/draft`, owner, 200, { example: 'complete' });
    ids.version = drafted.json<{ id: string }>().id;
    at(exampleTimes.discussionOpenedAt);
    await send('post', `${standard}/discussion`, owner, 201);

    // Art. 9: a citizen and a company comment; the ministry records an outcome for each, then the notice.
    at(exampleTimes.citizenProposalAt);
    const citizen = await send('post', `${standard}/discussion/proposals`, recipient, 201, {
      example: 'citizen',
    });
    at(exampleTimes.companyProposalAt);
    const company = await send('post', `${standard}/discussion/proposals`, business, 201, {
      example: 'company',
    });
    at(exampleTimes.outcomesAt);
    for (const [example, proposal] of [
      ['citizen', citizen],
      ['company', company],
    ] as const) {
      await send('put', `${standard}/discussion/proposals/{proposalId}/outcome`, owner, 200, {
        example,
        values: { proposalId: proposal.json<{ id: string }>().id },
      });
    }
    ids.proposalId = citizen.json<{ id: string }>().id;
    at(exampleTimes.noticeAt);
    await send('post', `${standard}/discussion/notice`, owner, 201, { example: 'notice' });

    // Art. 7.1, 7.3, 9.4: returned with remarks, agreed in round 2, refused registration, agreed in round 3.
    at(exampleTimes.returnedAt);
    await send('post', `${standard}/approvals/{approvalId}/decision`, authority, 201, {
      example: 'returned',
      values: { approvalId: (await approvals(1)).public_services_authority ?? '' },
    });
    await send('post', `${standard}/approvals`, owner, 201);
    await bothApprove(2);
    at(exampleTimes.refusedAt);
    await send('post', `${standard}/registration/refusals`, justice, 201, { example: 'refusal' });
    await send('post', `${standard}/approvals`, owner, 201);
    at(exampleTimes.approvedAt);
    await bothApprove(3);
    ids.approvalId = (await approvals(3)).public_services_authority ?? '';
    // Art. 7.1: the minister's order approves the agreed version.
    at(exampleTimes.approvingActRecordedAt);
    await send('put', `${standard}/approving-act`, owner, 200, { example: 'order' });

    // Art. 7.2: registered; published in the Reference Control Bank that day, so in force ten calendar days
    // later (Law "On legal acts"), at the start of 20 July; Art. 17.2: the public information updated.
    at(exampleTimes.registeredAt);
    await send('post', `${standard}/registration`, justice, 201, { example: 'registration' });
    at(exampleTimes.officialPublicationRecordedAt);
    await send('put', `${standard}/publication`, owner, 200, { example: 'referenceControlBank' });
    at(exampleCalendar.startOfDay(exampleDates.inForce).toISOString());
    expect(await app.get(EntryIntoForceWatcher).tick()).toBe(1);
    at(exampleTimes.publishedAt);
    await send('post', `${standard}/information-updates`, owner, 200, { example: 'updated' });

    // Ch. 4: the reglament, agreed by the informatization authority (Art. 10.4), ordered by the minister.
    at(exampleTimes.reglamentDraftedAt);
    await send('put', `${standard}/reglament`, owner, 200, { example: 'reglament' });
    at(exampleTimes.reglamentAgreedAt);
    await send('post', `${standard}/reglament/agreement`, informatization, 200);
    at(exampleTimes.reglamentOrderedAt);
    await send('post', `${standard}/reglament/approval`, owner, 200, { example: 'order' });

    // Art. 7.5: monitoring-svc recommends a change; the ministry rejects it with its reasons.
    const recommendation = {
      ...eventCatalog[MonitoringEventTypes.recommendationIssued].example,
      recommendationId: exampleRecommendationId,
      serviceId: childbirthAllowance.id,
    };
    await publish(testKafka(broker.address), Topics.monitoringRecommendations, [
      {
        id: exampleRecommendationId,
        source: '/kzps/monitoring-svc',
        type: MonitoringEventTypes.recommendationIssued,
        subject: exampleRecommendationId,
        time: recommendation.issuedAt,
        specversion: CLOUDEVENTS_SPEC_VERSION,
        datacontenttype: JSON_CONTENT_TYPE,
        data: recommendation,
      },
    ]);
    await eventually(async () => {
      const rows: unknown[] = await app.get(DataSource).query('SELECT 1 FROM standard_recommendation');
      return rows.length === 1 || undefined;
    }, 'the recommendation on the standard');
    await send('post', `${standard}/recommendations/{recommendationId}/answer`, owner, 201, {
      values: { recommendationId: exampleRecommendationId },
    });

    // Every read answers on the documented examples, the ids of what the story made put in.
    const values = { versionId: ids.version ?? '', from: ids.version ?? '', ...ids };
    for (const { method, path } of operationsOf(document).filter((o) => o.method === 'get')) {
      await send(method, path, owner, 200, { values });
    }
    const inForce = await send('get', '/api/v1/standards', recipient, 200);
    expect(inForce.json()).toMatchObject({ total: 1, items: [{ id: standardId, status: 'in_force' }] });

    // Art. 7.5: an amendment starts; a cancellation meanwhile waits for it.
    at(exampleTimes.amendmentStartedAt);
    await send('post', `${standard}/versions`, owner, 201, { example: 'amendment' });
    await send('post', `${standard}/versions`, owner, 409, {
      example: 'cancellation',
      code: 'STANDARD_CHANGE_IN_PROGRESS',
    });

    // Art. 25: the public-services authority imports the standard of 01.02-002 already in force.
    await send('post', '/api/v1/standards/imports', authority, 201, {
      example: 'stock',
      values: { dryRun: 'false' },
    });

    const everyBodyExample = operationsOf(document)
      .flatMap((operation) => exampleRequests(document, operation))
      .filter((request) => request.payload !== undefined)
      .map((request) => request.name);
    expect(everyBodyExample.filter((name) => !sent.has(name))).toEqual([]);
  });
});
