import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createFixtureApp } from '../test/fixture.module';
import { MAX_BODY_DEPTH } from './hostile-input';

/** Issue 13, defect 3: hostile input answers a 400-level problem+json in every service, never a 500. */
describe('hostile input at the edge of every service', () => {
  let app: NestFastifyApplication;
  let base: string;

  beforeAll(async () => {
    app = await createFixtureApp();
    // Over real TCP: Node's HTTP parser refuses oversized headers before fastify's inject would.
    await app.listen({ port: 0, host: '127.0.0.1' });
    base = `http://127.0.0.1:${(app.getHttpServer().address() as { port: number }).port}`;
  });

  afterAll(async () => {
    await app.close();
  });

  async function problemOf(path: string, init: RequestInit = {}) {
    const response = await fetch(`${base}${path}`, init);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    return { status: response.status, body: await response.text() };
  }

  const postJson = (body: string) =>
    problemOf('/things', { method: 'POST', headers: { 'content-type': 'application/json' }, body });

  it('refuses JSON nested 10,000 levels deep with 400 before validation overflows its stack', async () => {
    const answer = await postJson(`${'['.repeat(10_000)}${']'.repeat(10_000)}`);
    expect(answer.status).toBe(400);
    expect(JSON.parse(answer.body)).toMatchObject({
      code: 'BAD_REQUEST',
      detail: `The body is nested deeper than ${MAX_BODY_DEPTH} levels`,
    });
  });

  it('refuses a NUL character in a text field with 400 naming the field', async () => {
    const answer = await postJson('{"name":{"kk":"a\\u0000b","ru":"b"},"termDays":1}');
    expect(answer.status).toBe(400);
    expect(JSON.parse(answer.body)).toMatchObject({
      code: 'VALIDATION_FAILED',
      errors: [{ field: 'name.kk', message: 'name.kk contains a NUL character' }],
    });
  });

  it('refuses a lone surrogate in a text field, which would be stored as U+FFFD', async () => {
    const answer = await postJson('{"name":{"kk":"a","ru":"\\ud800"},"termDays":1}');
    expect(answer.status).toBe(400);
    expect(JSON.parse(answer.body)).toMatchObject({
      code: 'VALIDATION_FAILED',
      errors: [{ field: 'name.ru' }],
    });
  });

  it.each([
    ['a NUL in a path parameter', '/things/%00'],
    ['a NUL in a query parameter', '/things/1?q=%00'],
    ['a lone surrogate in a path parameter', '/things/%ED%A0%80'],
    ['a lone surrogate in a query parameter', '/things/1?q=%ED%A0%80'],
  ])('refuses %s with 400', async (_name, path) => {
    const answer = await problemOf(path);
    expect(answer.status).toBe(400);
    expect(JSON.parse(answer.body)).toMatchObject({ code: 'BAD_REQUEST' });
  });

  it('answers a path parameter too long to route with a 414 problem that does not repeat it', async () => {
    const answer = await problemOf(`/things/${'a'.repeat(5_000)}`);
    expect(answer.status).toBe(414);
    expect(JSON.parse(answer.body)).toMatchObject({ code: 'URI_TOO_LONG' });
    expect(answer.body).not.toContain('aaaaaaaa');
  });

  it.each([
    ['a huge query', `/things/1?q=${'a'.repeat(70_000)}`, {}],
    ['a huge header', '/things/1', { headers: { 'x-padding': 'a'.repeat(70_000) } }],
  ])('answers %s with a 431 problem', async (_name, path, init) => {
    const answer = await problemOf(path, init);
    expect(answer.status).toBe(431);
    expect(JSON.parse(answer.body)).toMatchObject({ code: 'HEADERS_TOO_LARGE', status: 431 });
    expect(answer.body).not.toContain('aaaaaaaa');
  });
});
