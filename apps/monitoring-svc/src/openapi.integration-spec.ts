import {
  allExampleRequests,
  exampleGaps,
  isBadExampleAnswer,
  operationsOf,
  sendExample,
  TestClock,
  type OpenApiDocument,
} from '@kzps/testing';
import { startService, type RunningService } from './test/harness';

describe('the OpenAPI document of monitoring-svc', () => {
  const clock = new TestClock(new Date('2026-08-10T04:00:00.000Z'));
  const analyst = { subject: 'qa-analyst', roles: ['quality-authority' as const] };
  const citizen = { subject: 'citizen-1', roles: ['recipient' as const], iin: '850101300123' };
  let service: RunningService;
  let document: OpenApiDocument;

  beforeAll(async () => {
    service = await startService('monitoring_openapi', clock);
    const response = await service.call('GET', '/openapi.json');
    expect(response.statusCode).toBe(200);
    document = response.json<OpenApiDocument>();
  }, 60_000);

  afterAll(async () => {
    await service.stop();
  });

  it('describes every operation with a summary and an example for every parameter, body and response', () => {
    expect(operationsOf(document).length).toBeGreaterThanOrEqual(4);
    expect(exampleGaps(document)).toEqual([]);
  });

  it('takes every example as good input: none is refused as malformed or breaks the service', async () => {
    const bad: string[] = [];
    for (const request of allExampleRequests(document)) {
      const response = await sendExample(
        (options) => service.app.getHttpAdapter().getInstance().inject(options),
        request,
        {
          authorization: `Bearer ${await service.issuer.token(request.method === 'post' ? citizen : analyst)}`,
        },
      );
      if (isBadExampleAnswer(response.statusCode))
        bad.push(`${request.name}: ${response.statusCode} ${response.body.slice(0, 300)}`);
    }
    expect(bad).toEqual([]);
  });
});
