import { randomUUID } from 'node:crypto';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { IdentityClaimsInput } from '@kzps/auth';
import { startTestIssuer, type TestIssuer } from '@kzps/auth/testing';
import {
  ApplicationsEventTypes,
  RegistryEventTypes,
  Topics,
  type ApplicationSubmittedV1,
  type EventEnvelope,
  type OrganizationRole,
  type OrganizationUpsertedV1,
  type ServiceIncludedV1,
} from '@kzps/contracts';
import { MessagingLifecycle, createKafka, ensureTopics, parseBrokers, toKafkaRecord } from '@kzps/messaging';
import { createServiceApp, loadConfig } from '@kzps/platform';
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
import { ComplaintsConfig } from '../config';
import { SERVICE_NAME } from '../events/service-name';

export async function startApp(
  env: Record<string, string>,
  clock: TestClock,
): Promise<NestFastifyApplication> {
  const config = loadConfig(ComplaintsConfig, {
    LOG_LEVEL: testServiceLog().level,
    DEADLINE_WATCH_INTERVAL_MS: '0',
    CALENDAR_POLL_INTERVAL_MS: '200',
    ...env,
  });
  const app = await createServiceApp({
    service: SERVICE_NAME,
    module: AppModule.forRoot(config, { clock }),
    config,
    openApi: { title: 'Pre-trial appeal', description: 'test' },
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
  ): Promise<LightMyRequestResponse> => {
    const headers = identity ? { authorization: `Bearer ${await issuer.token(identity)}` } : {};
    return app
      .getHttpAdapter()
      .getInstance()
      .inject({ method, url, headers, ...(payload ? { payload } : {}) });
  };
}

export interface TestOrganization {
  id: string;
  bin: string;
  kind: OrganizationUpsertedV1['kind'];
  roles: OrganizationRole[];
  regionKato: string;
}

/** One test file's service: its own database, broker and issuer, the app on them, and how to stop it all. */
export interface RunningService {
  app: NestFastifyApplication;
  issuer: TestIssuer;
  kafka: Kafka;
  env: Record<string, string>;
  call: ReturnType<typeof caller>;
  /** Publishes events as the other services' relays do and waits until this app's inbox took them. */
  publish(topic: string, events: EventEnvelope[]): Promise<void>;
  /** Another replica on the same database and broker. */
  replica(): Promise<NestFastifyApplication>;
  stop(): Promise<void>;
}

/**
 * Each file runs its own broker: other projects' tests publish registry events on the run's shared one,
 * which this service would otherwise take into its read model.
 */
export async function startService(
  name: string,
  clock: TestClock,
  settings: Record<string, string> = {},
): Promise<RunningService> {
  const database = await createTestDatabase(name);
  const broker = await startTestBroker();
  const issuer = await startTestIssuer();
  const env = { ...issuer.env, DATABASE_URL: database.url, KAFKA_BROKERS: broker.address, ...settings };
  const app = await startApp(env, clock);
  const replicas: NestFastifyApplication[] = [];
  const kafka = createKafka({
    clientId: `complaints-test-${randomUUID().slice(0, 8)}`,
    brokers: parseBrokers(broker.address),
    logLevel: logLevel.NOTHING,
  });
  return {
    app,
    issuer,
    kafka,
    env,
    call: caller(app, issuer),
    publish: async (topic, events) => {
      await ensureTopics(kafka, [{ name: topic, partitions: 3 }]);
      const producer = kafka.producer({ allowAutoTopicCreation: false });
      await producer.connect();
      try {
        await producer.send({ topic, messages: events.map(toKafkaRecord) });
      } finally {
        await producer.disconnect();
      }
      await eventually(async () => {
        const [row] = await app
          .get(DataSource)
          .query<Array<{ n: number }>>(
            'SELECT count(*)::int AS n FROM inbox_message WHERE event_id = ANY($1::text[])',
            [events.map((e) => e.id)],
          );
        return row?.n === events.length ? true : undefined;
      }, `${events.length} event(s) handled`);
    },
    replica: async () => {
      const replica = await startApp(env, clock);
      replicas.push(replica);
      return replica;
    },
    stop: async () => {
      for (const replica of replicas) await replica.close();
      await app.close();
      await issuer.close();
      await broker.stop();
      await database.drop();
    },
  };
}

export function organizationUpserted(o: TestOrganization, time: Date): EventEnvelope {
  const data: OrganizationUpsertedV1 = {
    organizationId: o.id,
    bin: o.bin,
    nameKk: `Ұйым ${o.bin}`,
    nameRu: `Организация ${o.bin}`,
    kind: o.kind,
    registryKind: o.kind,
    roles: o.roles,
    regionKato: o.regionKato,
    active: true,
    updatedAt: time.toISOString(),
  };
  return testEnvelope('/kzps/registry-svc', RegistryEventTypes.organizationUpserted, o.id, data, time);
}

export function serviceIncluded(
  service: { id: string; ownerId: string; providerIds: string[] },
  time: Date,
): EventEnvelope {
  const data: ServiceIncludedV1 = {
    serviceId: service.id,
    code: `S-${service.id.slice(0, 6)}`,
    nameKk: 'Анықтама беру',
    nameRu: 'Выдача справки',
    providerOrganizationIds: service.providerIds,
    channels: ['provider', 'state-corporation', 'e-government-portal'],
    paid: false,
    ownerOrganizationId: service.ownerId,
    includedAt: time.toISOString(),
  };
  return testEnvelope('/kzps/registry-svc', RegistryEventTypes.serviceIncluded, service.id, data, time);
}

export function applicationSubmitted(
  application: { serviceId: string; ownerId: string; providerId: string; recipientIdNumber: string },
  time: Date,
): { envelope: EventEnvelope; trackingNumber: string; id: string } {
  const id = randomUUID();
  const trackingNumber = `K7M2Q${id
    .slice(0, 5)
    .toUpperCase()
    .replace(/[^0-9A-Z]/g, '0')}-7`;
  const data: ApplicationSubmittedV1 = {
    applicationId: id,
    trackingNumber,
    serviceId: application.serviceId,
    standardId: randomUUID(),
    standardVersionId: randomUUID(),
    ownerOrganizationId: application.ownerId,
    providerOrganizationId: application.providerId,
    pscOrganizationId: null,
    pscBranch: null,
    regionKato: '750000000',
    channel: 'provider',
    recipientType: 'individual',
    acceptedAt: time.toISOString(),
    dueDate: '2026-05-20',
    dueAt: '2026-05-20T18:59:59.999Z',
    handoverDueAt: null,
    term: { value: 5, unit: 'working_days', acceptanceDayCounts: false },
    recipientIdNumber: application.recipientIdNumber,
    feeKzt: null,
  };
  return {
    envelope: testEnvelope('/kzps/applications-svc', ApplicationsEventTypes.submitted, id, data, time),
    trackingNumber,
    id,
  };
}

export const inputTopics = {
  organizations: Topics.registryOrganizations,
  services: Topics.registryServices,
  applications: Topics.applications,
};

/** The events this app wrote to its outbox for a complaint, in order. */
export async function outboxEvents(
  app: NestFastifyApplication,
  complaintId?: string,
): Promise<Array<{ type: string; payload: Record<string, unknown> }>> {
  return app.get(DataSource).query(
    `SELECT event_type AS type, payload FROM outbox_message
     WHERE $1::text IS NULL OR message_key = $1 ORDER BY id`,
    [complaintId ?? null],
  );
}
