import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createServiceApp } from '@kzps/platform';
import { createTestDatabase, eventually, freePort, type TestDatabase } from '@kzps/testing';
import { CuttableRelay, LogLines, probeServiceModule } from './test/outage-fixture';

/**
 * Issue 13, defect 5: while the database is unreachable a service answered 500 INTERNAL_ERROR with a stack
 * trace per request (~140 a second). It answers 503 with Retry-After, and logs the outage once and its end.
 */
describe('a database outage', () => {
  let database: TestDatabase;
  let relay: CuttableRelay;
  let app: NestFastifyApplication;
  const logs = new LogLines();

  beforeAll(async () => {
    database = await createTestDatabase('db_outage');
    const target = new URL(database.url);
    relay = new CuttableRelay({ host: target.hostname, port: Number(target.port) }, await freePort());
    await relay.open();
    const viaRelay = new URL(database.url);
    viaRelay.host = `127.0.0.1:${relay.port}`;
    const { module, config } = probeServiceModule(viaRelay.toString());
    app = await createServiceApp({
      service: 'probe',
      module,
      config,
      openApi: { title: 'Probe', description: 'test' },
      logDestination: logs,
    });
    await app.init();
    await app.getHttpAdapter().getInstance().ready();
  });

  afterAll(async () => {
    await app?.close();
    await relay?.cut();
    await database?.drop();
  });

  const probe = () => app.getHttpAdapter().getInstance().inject({ method: 'GET', url: '/probe' });

  it('answers 503 with Retry-After while it lasts, and logs it once and its end', async () => {
    expect((await probe()).statusCode).toBe(200);
    await relay.cut();

    const answers = [];
    for (let i = 0; i < 20; i += 1) answers.push(await probe());
    for (const answer of answers) {
      expect(answer.statusCode).toBe(503);
      expect(answer.headers['retry-after']).toBe('5');
      expect(answer.headers['content-type']).toContain('application/problem+json');
      expect(answer.json()).toMatchObject({ code: 'SERVICE_UNAVAILABLE', status: 503, retryAfterSeconds: 5 });
    }
    expect(logs.withMessage(/^database unreachable/)).toHaveLength(1);
    expect(logs.withMessage(/^request failed/)).toHaveLength(0);

    await relay.open();
    await eventually(() => logs.withMessage(/^database reachable again/).length === 1, 'the recovery logged');
    expect((await probe()).statusCode).toBe(200);
    expect(logs.withMessage(/^database unreachable/)).toHaveLength(1);
  });
});
