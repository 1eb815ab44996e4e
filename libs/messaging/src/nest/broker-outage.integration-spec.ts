import { Module } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Topics } from '@kzps/contracts';
import { DatabaseModule } from '@kzps/db';
import { createServiceApp, loadConfig, PlatformModule, ServiceConfig } from '@kzps/platform';
import { createTestDatabase, type TestDatabase } from '@kzps/testing';
import type { RunningBroker } from '@kzps/kafka-lite';
import { logLevel } from 'kafkajs';
import { messagingEntities, messagingMigrations } from '../messaging.tables';
import { fastGroup, startQuietBroker } from '../test/messaging-test-kit';
import { MessagingLifecycle } from './messaging.lifecycle';
import { MessagingModule } from './messaging.module';

/**
 * Issue 13, defect 6: while the broker was down every /health/ready answered 503, though writes kept
 * succeeding into the outbox; under Kubernetes a broker outage became a whole-API outage. Readiness depends
 * on the database; the broker shows in the details and the metrics.
 */
describe('a service while the broker is down', () => {
  let database: TestDatabase;
  let broker: RunningBroker;
  let app: NestFastifyApplication;

  beforeAll(async () => {
    database = await createTestDatabase('broker_outage');
    broker = await startQuietBroker();
    const config = loadConfig(ServiceConfig, { LOG_LEVEL: 'silent', SWAGGER_ENABLED: 'false' });
    @Module({
      imports: [
        PlatformModule.forRoot({ service: 'broker-outage', config }),
        DatabaseModule.forRoot(() => ({
          url: database.url,
          entities: messagingEntities,
          migrations: messagingMigrations,
        })),
        MessagingModule.forRoot({
          serviceName: 'broker-outage',
          brokers: [broker.address],
          topics: [{ name: Topics.registryCalendar, partitions: 1 }],
          kafka: { logLevel: logLevel.NOTHING },
          relay: { pollIntervalMs: 60_000 },
          consumer: fastGroup,
        }),
      ],
    })
    class BrokerOutageModule {}
    app = await createServiceApp({
      service: 'broker-outage',
      module: { module: BrokerOutageModule },
      config,
      openApi: { title: 'Broker outage', description: 'test' },
    });
    await app.init();
    await app.getHttpAdapter().getInstance().ready();
    await app.get(MessagingLifecycle).whenStarted();
  });

  afterAll(async () => {
    await app?.close();
    await broker?.stop();
    await database?.drop();
  });

  const get = (url: string) => app.getHttpAdapter().getInstance().inject({ method: 'GET', url });

  it('stays ready, and shows the broker down in the health details and the metrics', async () => {
    expect((await get('/health/ready')).json()).toMatchObject({
      status: 'ready',
      checks: { database: { status: 'up', required: true }, broker: { status: 'up', required: false } },
    });
    await broker.stop();

    const ready = await get('/health/ready');
    expect(ready.statusCode).toBe(200);
    expect(ready.json()).toMatchObject({
      status: 'ready',
      checks: { database: { status: 'up' }, broker: { status: 'down', required: false } },
    });
    const details = await get('/health');
    expect(details.statusCode).toBe(200);
    expect(details.json()).toMatchObject({
      checks: { broker: { status: 'down', error: expect.any(String) } },
    });
    const metrics = (await get('/metrics')).body;
    expect(metrics).toMatch(/^messaging_broker_up\{[^}]*\} 0$/m);
    expect(metrics).toMatch(/^messaging_outbox_lag_seconds\{[^}]*\} \d/m);
  });
});
