import { randomUUID } from 'node:crypto';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { IdentityClaimsInput } from '@kzps/auth';
import { startTestIssuer, type TestIssuer } from '@kzps/auth/testing';
import {
  RegistryEventTypes,
  StandardsEventTypes,
  Topics,
  type EventEnvelope,
  type OrganizationRole,
  type OrganizationUpsertedV1,
  type ServiceIncludedV1,
  type StandardAmendedV1,
  type StandardInForceV1,
} from '@kzps/contracts';
import { MessagingLifecycle, createKafka, ensureTopics, parseBrokers, toKafkaRecord } from '@kzps/messaging';
import { createServiceApp, loadConfig } from '@kzps/platform';
import type { SignatureVerifierSettings } from '@kzps/signature';
import {
  createTestDatabase,
  eventually,
  startTestBroker,
  testEnvelope,
  testServiceLog,
  type TestClock,
} from '@kzps/testing';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { logLevel, type Kafka } from 'kafkajs';
import { DataSource } from 'typeorm';
import { AppModule } from '../app.module';
import { ApplicationsConfig } from '../config';
import { APPLICATIONS_BODY_LIMIT, SERVICE_NAME } from '../events/service-name';

/** Where a test's service runs: its own database, issuer and broker. */
export interface TestEnvironment {
  databaseUrl: string;
  issuer: TestIssuer;
  brokers: string;
}

export function testConfig(
  environment: TestEnvironment,
  extra: Record<string, string> = {},
): ApplicationsConfig {
  return loadConfig(ApplicationsConfig, {
    ...environment.issuer.env,
    DATABASE_URL: environment.databaseUrl,
    KAFKA_BROKERS: environment.brokers,
    LOG_LEVEL: testServiceLog().level,
    DEADLINE_WATCH_INTERVAL_MS: '0',
    CALENDAR_POLL_INTERVAL_MS: '200',
    PAYMENT_CALLBACK_SECRET: 'test-payment-secret-0123456789',
    ...extra,
  });
}

/** A verifier that trusts no authority: every signature is refused (tests that sign give their own PKI). */
const trustingNobody: SignatureVerifierSettings = {
  kind: 'in-process',
  trust: { trustAnchors: [], intermediates: [], crls: [] },
};

export async function startApp(
  config: ApplicationsConfig,
  clock: TestClock,
  signature: SignatureVerifierSettings = trustingNobody,
): Promise<NestFastifyApplication> {
  const app = await createServiceApp({
    service: SERVICE_NAME,
    module: AppModule.forRoot(config, signature, { clock }),
    config,
    openApi: { title: 'Service delivery', description: 'test' },
    bodyLimit: APPLICATIONS_BODY_LIMIT,
    logDestination: testServiceLog().destination,
  });
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  await app.get(MessagingLifecycle).whenStarted();
  return app;
}

/** HTTP calls into one app, with a token from the test issuer when an identity is given. */
export function caller(app: NestFastifyApplication, issuer: TestIssuer) {
  return async (
    method: InjectOptions['method'],
    url: string,
    identity?: IdentityClaimsInput,
    payload?: object,
    headers: Record<string, string> = {},
  ): Promise<LightMyRequestResponse> => {
    const authorization = identity ? { authorization: `Bearer ${await issuer.token(identity)}` } : {};
    return app
      .getHttpAdapter()
      .getInstance()
      .inject({ method, url, headers: { ...authorization, ...headers }, ...(payload ? { payload } : {}) });
  };
}

export function testKafka(brokers: string): Kafka {
  return createKafka({
    clientId: `applications-test-${randomUUID().slice(0, 8)}`,
    brokers: parseBrokers(brokers),
    logLevel: logLevel.NOTHING,
  });
}

/** Publishes events the way the other services' relays do: CloudEvents headers, keyed by the aggregate id. */
export async function publish(kafka: Kafka, topic: string, envelopes: EventEnvelope[]): Promise<void> {
  await ensureTopics(kafka, [{ name: topic, partitions: 3 }]);
  const producer = kafka.producer({ allowAutoTopicCreation: false });
  await producer.connect();
  try {
    await producer.send({ topic, messages: envelopes.map(toKafkaRecord) });
  } finally {
    await producer.disconnect();
  }
}

export interface TestOrganization {
  id: string;
  bin: string;
  kind: OrganizationUpsertedV1['kind'];
  registryKind: string;
  roles: OrganizationRole[];
  regionKato: string;
}

export function organizationUpserted(o: TestOrganization, time: Date): EventEnvelope {
  const data: OrganizationUpsertedV1 = {
    organizationId: o.id,
    bin: o.bin,
    nameKk: `Ұйым ${o.bin}`,
    nameRu: `Организация ${o.bin}`,
    kind: o.kind,
    registryKind: o.registryKind,
    roles: o.roles,
    regionKato: o.regionKato,
    active: true,
    updatedAt: time.toISOString(),
  };
  return testEnvelope('/kzps/registry-svc', RegistryEventTypes.organizationUpserted, o.id, data, time);
}

export function serviceIncluded(
  service: { id: string; ownerId: string; providerIds: string[]; paid?: boolean },
  time: Date,
): EventEnvelope {
  const data: ServiceIncludedV1 = {
    serviceId: service.id,
    code: `S-${service.id.slice(0, 6)}`,
    nameKk: 'Анықтама беру',
    nameRu: 'Выдача справки',
    providerOrganizationIds: service.providerIds,
    channels: ['provider', 'state-corporation', 'e-government-portal'],
    paid: service.paid ?? false,
    ownerOrganizationId: service.ownerId,
    includedAt: time.toISOString(),
  };
  return testEnvelope('/kzps/registry-svc', RegistryEventTypes.serviceIncluded, service.id, data, time);
}

export function standardInForce(standard: StandardInForceV1, time: Date): EventEnvelope {
  return testEnvelope(
    '/kzps/standards-svc',
    StandardsEventTypes.standardInForce,
    standard.standardId,
    standard,
    time,
  );
}

export function standardAmended(standard: StandardAmendedV1, time: Date): EventEnvelope {
  return testEnvelope(
    '/kzps/standards-svc',
    StandardsEventTypes.standardAmended,
    standard.standardId,
    standard,
    time,
  );
}

export const inputTopics = {
  organizations: Topics.registryOrganizations,
  services: Topics.registryServices,
  standards: Topics.standards,
};

/** Returns once the app's inbox has taken the events in. */
export async function handled(app: NestFastifyApplication, events: Array<{ id: string }>): Promise<void> {
  await eventually(async () => {
    const [row]: Array<{ n: number }> = await app
      .get(DataSource)
      .query('SELECT count(*)::int AS n FROM inbox_message WHERE event_id = ANY($1::text[])', [
        events.map((e) => e.id),
      ]);
    return row?.n === events.length ? true : undefined;
  }, `${events.length} event(s) handled`);
}

/** One test file's service: its own database, broker and issuer, the app on them, and how to stop it all. */
export interface RunningService {
  app: NestFastifyApplication;
  issuer: TestIssuer;
  kafka: Kafka;
  brokers: string;
  databaseUrl: string;
  call: ReturnType<typeof caller>;
  stop(): Promise<void>;
}

/**
 * Each file runs its own broker: other projects' tests publish registry events on the run's shared one,
 * which this service would otherwise take into its read model.
 */
export async function startService(
  name: string,
  clock: TestClock,
  options: { env?: Record<string, string>; signature?: SignatureVerifierSettings } = {},
): Promise<RunningService> {
  const database = await createTestDatabase(name);
  const broker = await startTestBroker();
  const issuer = await startTestIssuer();
  const app = await startApp(
    testConfig({ databaseUrl: database.url, issuer, brokers: broker.address }, options.env),
    clock,
    options.signature,
  );
  return {
    app,
    issuer,
    kafka: testKafka(broker.address),
    brokers: broker.address,
    databaseUrl: database.url,
    call: caller(app, issuer),
    stop: async () => {
      await app.close();
      await issuer.close();
      await broker.stop();
      await database.drop();
    },
  };
}
