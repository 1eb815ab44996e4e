import type { InjectOptions } from 'fastify';
import type { IdentityClaimsInput } from '@kzps/auth';
import {
  badExampleAnswers,
  exampleGaps,
  operationsOf,
  TestClock,
  type ExampleRequest,
  type OpenApiDocument,
} from '@kzps/testing';
import { startService, type RunningService } from './test/harness';
import { testCallers, testOrganizations } from './test/world';

describe('the OpenAPI document of applications-svc', () => {
  const clock = new TestClock(new Date('2026-03-19T05:00:00.000Z'));
  const callers = testCallers(testOrganizations());
  let service: RunningService;
  let document: OpenApiDocument;

  beforeAll(async () => {
    service = await startService('applications_openapi', clock);
    const response = await service.call('GET', '/openapi.json');
    expect(response.statusCode).toBe(200);
    document = response.json<OpenApiDocument>();
  }, 60_000);

  afterAll(() => service?.stop());

  /** Who sends an example: the user the operation is for (anyone else meets a 403 before the example counts). */
  function senderOf({ method, path }: ExampleRequest): IdentityClaimsInput {
    if (/in-work|result|refusal$/.test(path)) return callers.ministryOfficer;
    if (path.endsWith('/confirmation')) return callers.contactCentre;
    if (path.endsWith('/withdrawal')) return callers.citizen;
    if (method === 'post' && (path === '/api/v1/applications' || /issuance|queue-tickets/.test(path)))
      return callers.operator;
    return callers.citizen;
  }

  it('describes every operation with a summary and an example for every parameter, body and response', () => {
    expect(operationsOf(document).length).toBeGreaterThanOrEqual(15);
    expect(exampleGaps(document)).toEqual([]);
  });

  it('takes every example as good input: none is refused as malformed or breaks the service', async () => {
    const inject = (options: InjectOptions) => service.app.getHttpAdapter().getInstance().inject(options);
    const bad = await badExampleAnswers(document, inject, async (request) => ({
      authorization: `Bearer ${await service.issuer.token(senderOf(request))}`,
    }));
    expect(bad).toEqual([]);
  });
});
