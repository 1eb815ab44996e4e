import { randomUUID } from 'node:crypto';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { IdentityClaimsInput } from '@kzps/auth';
import { startTestIssuer, type TestIssuer } from '@kzps/auth/testing';
import type { EventEnvelope } from '@kzps/contracts';
import { MessagingLifecycle, createKafka, ensureTopics, parseBrokers, toKafkaRecord } from '@kzps/messaging';
import { createServiceApp, loadConfig } from '@kzps/platform';
import {
  createTestDatabase,
  eventually,
  startTestBroker,
  testServiceLog,
  type TestClock,
} from '@kzps/testing';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { logLevel, type Kafka } from 'kafkajs';
import { DataSource } from 'typeorm';
import { AppModule } from '../app.module';
import { SERVICE_NAME } from '../common/service-name';
import { MonitoringConfig } from '../config';

/** A month of activity is about a thousand events; on a shared, loaded machine they take a while. */
const CATCH_UP = { timeoutMs: 90_000 };

async function startApp(env: Record<string, string>, clock: TestClock): Promise<NestFastifyApplication> {
  const config = loadConfig(MonitoringConfig, { LOG_LEVEL: testServiceLog().level, ...env });
  const app = await createServiceApp({
    service: SERVICE_NAME,
    module: AppModule.forRoot(config, { clock }),
    config,
    openApi: { title: 'Quality monitoring', description: 'test' },
    logDestination: testServiceLog().destination,
  });
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  await app.get(MessagingLifecycle).whenStarted();
  return app;
}

/** One test file's service: its own database, broker and issuer, the app on them, and how to stop it all. */
export interface RunningService {
  app: NestFastifyApplication;
  issuer: TestIssuer;
  kafka: Kafka;
  /** The test database's URL (the hostile-input corpus counts its rows). */
  databaseUrl: string;
  /** An HTTP call into the app, with a token from the test issuer when an identity is given. */
  call(
    method: InjectOptions['method'],
    url: string,
    identity?: IdentityClaimsInput,
    payload?: object,
    extraHeaders?: Record<string, string>,
  ): Promise<LightMyRequestResponse>;
  /** Publishes events as the other services' relays do and waits until this app's inbox took them. */
  publish(topic: string, events: EventEnvelope[]): Promise<void>;
  /** Waits until the app's inbox holds this many events (a replay after a rebuild). */
  handledCount(n: number): Promise<void>;
  /** Closes the app, runs `between` on its database while it is stopped, and starts it again. */
  restart(between: (dataSource: DataSource) => Promise<void>): Promise<void>;
  stop(): Promise<void>;
}

/** Each file runs its own broker, so another project's events never reach this service's projections. */
export async function startService(name: string, clock: TestClock): Promise<RunningService> {
  const database = await createTestDatabase(name);
  const broker = await startTestBroker();
  const issuer = await startTestIssuer();
  const env = { ...issuer.env, DATABASE_URL: database.url, KAFKA_BROKERS: broker.address };
  const kafka = createKafka({
    clientId: `monitoring-test-${randomUUID().slice(0, 8)}`,
    brokers: parseBrokers(broker.address),
    logLevel: logLevel.NOTHING,
  });
  const service: RunningService = {
    app: await startApp(env, clock),
    issuer,
    kafka,
    databaseUrl: database.url,
    call: async (method, url, identity, payload, extraHeaders = {}) => {
      const headers = identity
        ? { ...extraHeaders, authorization: `Bearer ${await issuer.token(identity)}` }
        : extraHeaders;
      return service.app
        .getHttpAdapter()
        .getInstance()
        .inject({ method, url, headers, ...(payload ? { payload } : {}) });
    },
    publish: async (topic, events) => {
      await ensureTopics(kafka, [{ name: topic, partitions: 3 }]);
      const producer = kafka.producer({ allowAutoTopicCreation: false });
      await producer.connect();
      try {
        await producer.send({ topic, messages: events.map(toKafkaRecord) });
      } finally {
        await producer.disconnect();
      }
      await eventually(
        async () => {
          const [row] = await service.app
            .get(DataSource)
            .query<Array<{ n: number }>>(
              'SELECT count(*)::int AS n FROM inbox_message WHERE event_id = ANY($1::text[])',
              [events.map((e) => e.id)],
            );
          return row?.n === events.length ? true : undefined;
        },
        `${events.length} event(s) handled`,
        CATCH_UP,
      );
    },
    handledCount: async (n) => {
      await eventually(
        async () => {
          const [row] = await service.app
            .get(DataSource)
            .query<Array<{ n: number }>>('SELECT count(*)::int AS n FROM inbox_message');
          return row?.n === n ? true : undefined;
        },
        `${n} event(s) handled`,
        CATCH_UP,
      );
    },
    restart: async (between) => {
      await service.app.close();
      const dataSource = await new DataSource({ type: 'postgres', url: database.url }).initialize();
      try {
        await between(dataSource);
      } finally {
        await dataSource.destroy();
      }
      service.app = await startApp(env, clock);
    },
    stop: async () => {
      await service.app.close();
      await issuer.close();
      await broker.stop();
      await database.drop();
    },
  };
  return service;
}
