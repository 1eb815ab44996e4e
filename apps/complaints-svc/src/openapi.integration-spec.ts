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
import { publishWorld, type World } from './test/world';

describe('the OpenAPI document of complaints-svc', () => {
  const clock = new TestClock(new Date('2026-07-09T04:00:00.000Z'));
  let service: RunningService;
  let document: OpenApiDocument;
  let w: World;

  beforeAll(async () => {
    service = await startService('complaints_openapi', clock);
    w = await publishWorld(service, new Date('2026-05-01T04:00:00.000Z'));
    const response = await service.call('GET', '/openapi.json');
    expect(response.statusCode).toBe(200);
    document = response.json<OpenApiDocument>();
  }, 60_000);

  afterAll(async () => {
    await service.stop();
  });

  /** Who sends an example: the user the operation is for (anyone else meets a 403 before the example counts). */
  function senderOf({ path, example }: ExampleRequest): IdentityClaimsInput {
    if (/redirection|extensions|decision|measures/.test(path) || example === 'paper')
      return w.callers.akimatOfficer;
    if (path.includes('/requirements')) return w.callers.qualityOfficer;
    if (path === '/api/v1/complaints' || path.endsWith('/alerts')) return w.callers.akimatOfficer;
    return w.callers.citizen;
  }

  it('describes every operation with a summary and an example for every parameter, body and response', () => {
    expect(operationsOf(document).length).toBeGreaterThanOrEqual(14);
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
