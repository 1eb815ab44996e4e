import { randomUUID } from 'node:crypto';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { IdentityClaimsInput, Role } from '@kzps/auth';
import type { OrganizationRole } from '@kzps/contracts';
import { startTestIssuer, type TestIssuer } from '@kzps/auth/testing';
import {
  createTestDatabase,
  eventually,
  startTestBroker,
  TestClock,
  type RunningTestBroker,
  type TestDatabase,
} from '@kzps/testing';
import type { Kafka } from 'kafkajs';
import { DataSource } from 'typeorm';
import {
  caller,
  organizationEvents,
  publish,
  registryTopics,
  startApp,
  testConfig,
  testKafka,
  type TestEnvironment,
  type TestOrganization,
} from './harness';
import type { LifecycleDriver } from './standard-lifecycle';

export interface StandardsTestApp {
  app(): NestFastifyApplication;
  call: ReturnType<typeof caller>;
  clock: TestClock;
  /** What `standardAt` needs to bring a standard through its path. */
  driver(): LifecycleDriver;
  /** The database, issuer and broker the app runs on: a test's extra replica runs on them too. */
  environment(): TestEnvironment;
}

/**
 * A spec file's own standards-svc: its own database, issuer and broker (other projects' tests publish
 * registry events on the run's shared one), with `organizations` in the read model before the first test.
 * The clock starts an hour after `registryTime`, the time the organisations are published at. `config` adds
 * variables to the test's configuration.
 */
export function useStandardsApp(
  databaseName: string,
  organizations: TestOrganization[],
  registryTime: Date,
  config: Record<string, string> = {},
): StandardsTestApp {
  let database: TestDatabase;
  let broker: RunningTestBroker;
  let issuer: TestIssuer;
  let app: NestFastifyApplication;
  let kafka: Kafka;
  let environment: TestEnvironment;
  const clock = new TestClock(new Date(registryTime.getTime() + 3_600_000));
  const call = caller(() => ({ app, issuer }));

  beforeAll(async () => {
    database = await createTestDatabase(databaseName);
    broker = await startTestBroker();
    issuer = await startTestIssuer();
    environment = { databaseUrl: database.url, issuer, brokers: broker.address };
    app = await startApp(testConfig(environment, config), clock);
    kafka = testKafka(broker.address);
    await publish(kafka, registryTopics.organizations, organizationEvents(organizations, registryTime));
    await eventually(async () => {
      const rows: unknown[] = await app.get(DataSource).query('SELECT 1 FROM organization_ref');
      return rows.length === organizations.length;
    }, 'the organisations in the read model');
  }, 60_000);

  afterAll(async () => {
    await app?.close();
    await issuer?.close();
    await broker?.stop();
    await database?.drop();
  });

  return {
    app: () => app,
    call,
    clock,
    driver: () => ({ call, clock, kafka }),
    environment: () => environment,
  };
}

/** An officer of the organisation, acting in `role`. */
export function officerOf(organization: TestOrganization, role: Role): IdentityClaimsInput {
  return { subject: `officer-${organization.bin}`, roles: [role], organizationId: organization.id };
}

/** The bodies the registry gives the statutory roles to (Art. 7.1-7.3), each spec file its own. */
export function designatedBodies(): Record<'psa' | 'ia' | 'justice', TestOrganization> {
  const body = (bin: string, role: OrganizationRole): TestOrganization => ({
    id: randomUUID(),
    bin,
    kind: 'central-state-body',
    roles: [role],
  });
  return {
    psa: body('100000000001', 'public-services-authority'),
    ia: body('100000000002', 'informatization-authority'),
    justice: body('100000000030', 'justice-registration-authority'),
  };
}
