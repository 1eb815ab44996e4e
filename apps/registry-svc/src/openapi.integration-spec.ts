import {
  allExampleRequests,
  exampleGaps,
  isBadExampleAnswer,
  operationsOf,
  sendExample,
  type OpenApiDocument,
} from '@kzps/testing';
import { startRegistryTestApp, type RegistryTestApp } from './test/registry-test-app';

describe('the OpenAPI document of registry-svc', () => {
  let t: RegistryTestApp;
  let document: OpenApiDocument;

  beforeAll(async () => {
    // The demo registry: the examples name its entries and organisations.
    t = await startRegistryTestApp({ SEED_DEMO_DATA: 'true' });
    const response = await t.inject({ method: 'GET', url: '/openapi.json' });
    expect(response.statusCode).toBe(200);
    document = response.json<OpenApiDocument>();
  });

  afterAll(async () => {
    await t?.close();
  });

  it('describes every operation with a summary and an example for every parameter, body and response', () => {
    expect(operationsOf(document).length).toBeGreaterThanOrEqual(30);
    expect(exampleGaps(document)).toEqual([]);
  });

  it('gives examples the API takes as good input, against the demo registry they name', async () => {
    const token = await t.token(['public-services-authority', 'admin'], 'examples');
    const refused: string[] = [];
    for (const request of allExampleRequests(document)) {
      const response = await sendExample(t.inject, request, { authorization: `Bearer ${token}` });
      if (isBadExampleAnswer(response.statusCode)) {
        refused.push(`${request.name}: ${response.statusCode} ${response.body.slice(0, 300)}`);
      }
    }
    expect(refused).toEqual([]);
  });
});
