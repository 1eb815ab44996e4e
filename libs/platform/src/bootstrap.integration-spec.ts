import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { InjectOptions } from 'fastify';
import { createFixtureApp } from './test/fixture.module';

describe('service bootstrap', () => {
  let app: NestFastifyApplication;

  beforeAll(async () => {
    app = await createFixtureApp();
    await app.init();
    await app.getHttpAdapter().getInstance().ready();
  });

  afterAll(async () => {
    await app.close();
  });

  const inject = (options: InjectOptions) => app.getHttpAdapter().getInstance().inject(options);

  it('accepts a valid body', async () => {
    const response = await inject({
      method: 'POST',
      url: '/things',
      payload: { name: { kk: 'Анықтама', ru: 'Справка' }, termDays: 5 },
    });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toEqual({ name: { kk: 'Анықтама', ru: 'Справка' }, termDays: 5 });
  });

  it('refuses an unknown field with a 400 problem naming the field', async () => {
    const response = await inject({
      method: 'POST',
      url: '/things',
      payload: { name: { kk: 'a', ru: 'b', en: 'c' }, termDays: 5, colour: 'red' },
    });
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    const problem = response.json();
    expect(problem).toMatchObject({
      type: 'urn:kzps:problem:validation-failed',
      status: 400,
      code: 'VALIDATION_FAILED',
    });
    expect(problem.errors.map((e: { field: string }) => e.field).sort()).toEqual(['colour', 'name.en']);
    expect(problem.localizedTitle).toEqual({ kk: 'Сұрау жарамсыз', ru: 'Запрос некорректен' });
  });

  it('refuses a wrong type with a 400 problem naming the field', async () => {
    const response = await inject({
      method: 'POST',
      url: '/things',
      payload: { name: { kk: 'a', ru: 'b' }, termDays: 'five' },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual(
      expect.arrayContaining([expect.objectContaining({ field: 'termDays', constraint: 'isInt' })]),
    );
  });

  it('refuses malformed JSON with a 400 problem', async () => {
    const response = await inject({
      method: 'POST',
      url: '/things',
      headers: { 'content-type': 'application/json' },
      payload: '{"name": {"kk": "a",',
    });
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json()).toMatchObject({
      code: 'MALFORMED_BODY',
      type: 'urn:kzps:problem:malformed-body',
    });
  });

  it('answers an unknown route with a 404 problem', async () => {
    const response = await inject({ method: 'GET', url: '/nowhere?x=1' });
    expect(response.statusCode).toBe(404);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json()).toMatchObject({ code: 'NOT_FOUND', instance: '/nowhere' });
  });

  it('maps a domain error to its own status, type and extensions', async () => {
    const response = await inject({ method: 'GET', url: '/things/13' });
    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({
      type: 'urn:kzps:problem:thing-locked',
      code: 'THING_LOCKED',
      detail: 'Thing 13 is locked',
      lockedBy: 'audit',
    });
  });

  it('hides internal errors behind a generic 500 problem', async () => {
    const response = await inject({ method: 'GET', url: '/things/500' });
    expect(response.statusCode).toBe(500);
    expect(response.body).not.toContain('boom');
    expect(response.body).not.toContain('stack');
    expect(response.json().code).toBe('INTERNAL_ERROR');
  });

  it('answers a path parameter of the wrong type with 400, not 500', async () => {
    const response = await inject({ method: 'GET', url: '/things/abc' });
    expect(response.statusCode).toBe(400);
  });

  it('echoes a caller request id and makes one up otherwise', async () => {
    const given = await inject({ method: 'GET', url: '/things/1', headers: { 'x-request-id': 'abc-123' } });
    expect(given.headers['x-request-id']).toBe('abc-123');
    const problem = await inject({ method: 'GET', url: '/missing', headers: { 'x-request-id': 'req-9' } });
    expect(problem.json().requestId).toBe('req-9');
    const invented = await inject({
      method: 'GET',
      url: '/things/1',
      headers: { 'x-request-id': 'bad id\nInjected' },
    });
    expect(invented.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('serves liveness, readiness, metrics and the OpenAPI document', async () => {
    expect((await inject({ method: 'GET', url: '/health/live' })).statusCode).toBe(200);
    const ready = await inject({ method: 'GET', url: '/health/ready' });
    expect(ready.statusCode).toBe(200);
    expect(ready.json().status).toBe('ready');
    await inject({ method: 'GET', url: '/things/2' });
    const metrics = await inject({ method: 'GET', url: '/metrics' });
    expect(metrics.body).toMatch(
      /http_request_duration_seconds_bucket\{.*route="\/things\/:id".*status_code="200"/,
    );
    const openapi = await inject({ method: 'GET', url: '/openapi.json' });
    expect(openapi.json()).toMatchObject({
      openapi: expect.stringMatching(/^3\./),
      paths: {
        // A public operation says it needs no token; any other needs the bearer token.
        '/things/{id}': { get: { security: [] } },
        '/things': { post: { security: [{ bearer: [] }] } },
      },
    });
    expect(openapi.json().paths['/things/{id}'].get).not.toHaveProperty('x-public');
    const docs = await inject({ method: 'GET', url: '/docs' });
    expect(docs.statusCode).toBe(200);
    expect(docs.body).toContain('swagger');
  });
});
