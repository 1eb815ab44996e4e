import { randomUUID } from 'node:crypto';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import {
  CALENDAR_SUBJECT,
  CLOUDEVENTS_SPEC_VERSION,
  type CalendarAmendmentV1,
  type CalendarChangedV1,
  EventHeaders,
  JSON_CONTENT_TYPE,
  RegistryEventTypes,
  Topics,
  type DecreeV1,
  type EventEnvelope,
  type OrganizationKind,
  type OrganizationRole,
  type OrganizationUpsertedV1,
  type ServiceChannel,
  type ServiceEntryV1,
} from '@kzps/contracts';
import {
  MessagingLifecycle,
  createKafka,
  ensureTopics,
  headerText,
  parseBrokers,
  toKafkaRecord,
} from '@kzps/messaging';
import { createServiceApp, loadConfig, type Bilingual } from '@kzps/platform';
import type { Kafka } from 'kafkajs';
import { logLevel } from 'kafkajs';
import { AppModule } from '../app.module';
import { StandardsConfig } from '../config';
import type { IdentityClaimsInput } from '@kzps/auth';
import type { TestIssuer } from '@kzps/auth/testing';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { DataSource } from 'typeorm';
import { testServiceLog, type TestClock } from '@kzps/testing';

/** Where a test's service runs: its own database, issuer and broker. */
export interface TestEnvironment {
  databaseUrl: string;
  issuer: TestIssuer;
  brokers: string;
}

export function testConfig(
  environment: TestEnvironment,
  extra: Record<string, string> = {},
): StandardsConfig {
  return loadConfig(StandardsConfig, {
    ...environment.issuer.env,
    DATABASE_URL: environment.databaseUrl,
    KAFKA_BROKERS: environment.brokers,
    LOG_LEVEL: testServiceLog().level,
    SWAGGER_ENABLED: 'true',
    DEADLINE_WATCH_INTERVAL_MS: '0',
    CALENDAR_POLL_INTERVAL_MS: '200',
    ...extra,
  });
}

export async function startApp(config: StandardsConfig, clock: TestClock): Promise<NestFastifyApplication> {
  const app = await createServiceApp({
    service: 'standards-svc',
    module: AppModule.forRoot(config, { clock }),
    config,
    openApi: { title: 'Standards', description: 'test' },
    logDestination: testServiceLog().destination,
  });
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  await app.get(MessagingLifecycle).whenStarted();
  return app;
}

export function testKafka(brokers: string): Kafka {
  return createKafka({
    clientId: `standards-test-${randomUUID().slice(0, 8)}`,
    brokers: parseBrokers(brokers),
    logLevel: logLevel.NOTHING,
  });
}

/** Publishes events the way registry-svc's relay does: CloudEvents headers, keyed by the aggregate id. */
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

function envelope<T>(type: string, subject: string, data: T, time: Date): EventEnvelope<T> {
  return {
    id: randomUUID(),
    source: '/kzps/registry-svc',
    type,
    subject,
    time: time.toISOString(),
    specversion: CLOUDEVENTS_SPEC_VERSION,
    datacontenttype: JSON_CONTENT_TYPE,
    data,
  };
}

export interface TestOrganization {
  id: string;
  bin: string;
  kind: OrganizationKind;
  /** Absent: an upsert sent before organization.upserted.v1 carried roles. */
  roles?: OrganizationRole[];
  active?: boolean;
  name?: Bilingual;
}

/** The registry's upsert of the organisation as it stands at `time`. */
export function organizationUpserted(o: TestOrganization, time: Date): EventEnvelope {
  const data: OrganizationUpsertedV1 = {
    organizationId: o.id,
    bin: o.bin,
    nameKk: o.name?.kk ?? `Ұйым ${o.bin}`,
    nameRu: o.name?.ru ?? `Организация ${o.bin}`,
    kind: o.kind,
    active: o.active ?? true,
    updatedAt: time.toISOString(),
    ...(o.roles ? { roles: o.roles } : {}),
  };
  return envelope(RegistryEventTypes.organizationUpserted, o.id, data, time);
}

export function organizationEvents(organizations: TestOrganization[], time: Date): EventEnvelope[] {
  return organizations.map((o) => organizationUpserted(o, time));
}

export interface TestService {
  id: string;
  ownerId: string;
  providerIds: string[];
  channels: ServiceChannel[];
  /** More of the entry, as registry-svc sends it (its code and names, Art. 12 channels, form). */
  entry?: Partial<ServiceEntryV1>;
}

function entryOf(service: TestService, nameRu = 'Выдача справки'): ServiceEntryV1 {
  return {
    serviceId: service.id,
    code: `S-${service.id.slice(0, 6)}`,
    nameKk: 'Анықтама беру',
    nameRu,
    providerOrganizationIds: service.providerIds,
    channels: service.channels,
    paid: false,
    ownerOrganizationId: service.ownerId,
    ...service.entry,
  };
}

/** The registry's inclusion, published at the inclusion date. */
export function serviceIncluded(service: TestService, includedAt: Date): EventEnvelope {
  return envelope(
    RegistryEventTypes.serviceIncluded,
    service.id,
    { ...entryOf(service), includedAt: includedAt.toISOString() },
    includedAt,
  );
}

export function serviceAmended(service: TestService, amendedAt: Date, nameRu: string): EventEnvelope {
  return envelope(
    RegistryEventTypes.serviceAmended,
    service.id,
    { ...entryOf(service, nameRu), amendedAt: amendedAt.toISOString() },
    amendedAt,
  );
}

/**
 * The registry's exclusion; `withEntry` sends the entry as it left the registry, as registry-svc now does,
 * and `decree` the act that excluded it.
 */
export function serviceExcluded(
  serviceId: string,
  excludedAt: Date,
  withEntry?: TestService,
  decree?: DecreeV1,
): EventEnvelope {
  return envelope(
    RegistryEventTypes.serviceExcluded,
    serviceId,
    {
      ...(withEntry ? entryOf(withEntry) : {}),
      serviceId,
      excludedAt: excludedAt.toISOString(),
      reason: 'Исключена постановлением',
      ...(decree ? { decree } : {}),
    },
    excludedAt,
  );
}

/** An individual provider (Art. 5.2.2): a masked IIN stands for it, and it has no BIN. */
export function individualProviderUpserted(organizationId: string, time: Date): EventEnvelope {
  return envelope(
    RegistryEventTypes.organizationUpserted,
    organizationId,
    {
      organizationId,
      iinMasked: '8501******23',
      nameKk: 'Жеке нотариус',
      nameRu: 'Частный нотариус',
      kind: 'individual',
      active: true,
      updatedAt: time.toISOString(),
    },
    time,
  );
}

/** The registry's calendar event: the whole set of amendments in force at this revision. */
export function calendarChanged(
  revision: number,
  amendments: CalendarAmendmentV1[],
  time: Date,
): EventEnvelope {
  const changed: CalendarChangedV1 = {
    revision,
    changedAt: time.toISOString(),
    change: { action: 'recorded', amendmentId: amendments.at(-1)?.id ?? 'revoked', years: [2026] },
    amendments,
  };
  return envelope(RegistryEventTypes.calendarChanged, CALENDAR_SUBJECT, changed, time);
}

export const registryTopics = {
  organizations: Topics.registryOrganizations,
  services: Topics.registryServices,
  calendar: Topics.registryCalendar,
};

/** Reads a topic from the beginning until `found` matches a message (the relay really published it). */
export async function consumeUntil(
  kafka: Kafka,
  topic: string,
  found: (message: { key: string; type: string; value: unknown }) => boolean,
  timeoutMs = 20_000,
): Promise<{ key: string; type: string; value: unknown }> {
  const consumer = kafka.consumer({ groupId: `standards-test-${randomUUID()}`, maxWaitTimeInMs: 100 });
  await consumer.connect();
  try {
    await consumer.subscribe({ topics: [topic], fromBeginning: true });
    return await new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`nothing matching on ${topic}`)), timeoutMs);
      void consumer.run({
        eachMessage: async ({ message }) => {
          const record = {
            key: message.key?.toString('utf8') ?? '',
            type: headerText(message.headers, EventHeaders.type) ?? '',
            value: JSON.parse(message.value?.toString('utf8') ?? 'null') as unknown,
          };
          if (found(record)) {
            clearTimeout(timer);
            resolve(record);
          }
          return Promise.resolve();
        },
      });
    });
  } finally {
    await consumer.disconnect();
  }
}

/** How many sessions of the app's database wait on a lock right now (a race's signal). */
export async function sessionsWaitingOnLocks(app: NestFastifyApplication): Promise<number> {
  const [row]: Array<{ n: number }> = await app.get(DataSource).query(
    `SELECT count(*)::int AS n FROM pg_stat_activity
      WHERE datname = current_database() AND wait_event_type = 'Lock'`,
  );
  return row?.n ?? 0;
}

/** Calls the app over Fastify's inject, signed in as `identity` with the test issuer's token when given. */
export function caller(
  target: () => { app: NestFastifyApplication; issuer: TestIssuer },
): (
  method: InjectOptions['method'],
  url: string,
  identity?: IdentityClaimsInput,
  payload?: object,
) => Promise<LightMyRequestResponse> {
  return async (method, url, identity, payload) => {
    const { app, issuer } = target();
    const headers = identity ? { authorization: `Bearer ${await issuer.token(identity)}` } : {};
    return app
      .getHttpAdapter()
      .getInstance()
      .inject({ method, url, headers, ...(payload ? { payload } : {}) });
  };
}
