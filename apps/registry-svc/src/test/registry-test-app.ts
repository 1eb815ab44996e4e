import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { type IdentityClaimsInput, type Role } from '@kzps/auth';
import { DEMO_ORGANIZATIONS, startTestIssuer, type TestIssuer } from '@kzps/auth/testing';
import { MessagingLifecycle } from '@kzps/messaging';
import { createServiceApp, loadConfig } from '@kzps/platform';
import { createTestDatabase, testServiceLog, type TestClock, type TestDatabase } from '@kzps/testing';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { DataSource } from 'typeorm';
import { AppModule } from '../app.module';
import { RegistryConfig } from '../config';
import { DemoSeeder } from '../seed/demo-seeder';

/** The body the demo designates the public-services authority (D38): the registry's writers act for it. */
export const REGISTRY_AUTHORITY_ID = DEMO_ORGANIZATIONS.ministryOfDigitalDevelopment;

/**
 * The claims of a user with these roles: an officer of the public-services authority acts for the body the
 * registry designates (Art. 6.3), unless the test names another organisation.
 */
export function registryClaims(roles: readonly Role[], subject: string): IdentityClaimsInput {
  return {
    subject,
    roles: [...roles],
    ...(roles.includes('public-services-authority') ? { organizationId: REGISTRY_AUTHORITY_ID } : {}),
  };
}

/**
 * Records the demo's public-services authority in the app's registry, as the demo seed does on a fresh system.
 * Its other designated bodies are left out: a test's directory holds the bodies it made, and the one it acts for.
 */
export async function designateRegistryAuthority(app: NestFastifyApplication): Promise<void> {
  await app
    .get(DataSource)
    .transaction((manager) =>
      app
        .get(DemoSeeder)
        .designateWith(manager, (organization) => organization.roles.includes('public-services-authority')),
    );
}

export interface RegistryTestApp {
  app: NestFastifyApplication;
  config: RegistryConfig;
  database: TestDatabase;
  issuer: TestIssuer;
  inject(options: InjectOptions): Promise<LightMyRequestResponse>;
  /** A bearer token for a user with these roles (of the designated authority, for its role). */
  token(roles: Role[], subject?: string): Promise<string>;
  close(): Promise<void>;
}

/** The app's configuration on this database, the run's broker and this issuer, without the demo seed. */
export function registryTestConfig(
  database: TestDatabase,
  issuer: TestIssuer,
  env: Record<string, string> = {},
): RegistryConfig {
  return loadConfig(RegistryConfig, {
    DATABASE_URL: database.url,
    KAFKA_BROKERS: process.env.KAFKA_BROKERS ?? '',
    LOG_LEVEL: testServiceLog().level,
    SEED_DEMO_DATA: 'false',
    ...issuer.env,
    ...env,
  });
}

/** One more instance of the app with this configuration: a second replica on the same database. */
export async function startRegistryReplica(
  config: RegistryConfig,
  clock?: TestClock,
): Promise<NestFastifyApplication> {
  const app = await createServiceApp({
    service: 'registry-svc',
    module: AppModule.forRoot(config, { clock }),
    config,
    openApi: { title: 'Registry', description: 'test' },
    logDestination: testServiceLog().destination,
  });
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  await app.get(MessagingLifecycle).whenStarted();
  return app;
}

/**
 * The real app on a fresh database, the run's broker and a real token issuer; on the system clock unless the
 * test gives one it moves.
 */
export async function startRegistryTestApp(
  env: Record<string, string> = {},
  clock?: TestClock,
): Promise<RegistryTestApp> {
  const database = await createTestDatabase('registry');
  const issuer = await startTestIssuer();
  const config = registryTestConfig(database, issuer, env);
  const app = await startRegistryReplica(config, clock);
  await designateRegistryAuthority(app);
  return {
    app,
    config,
    database,
    issuer,
    inject: (options) => app.getHttpAdapter().getInstance().inject(options),
    token: (roles, subject = 'officer-1') => issuer.token(registryClaims(roles, subject)),
    close: async () => {
      await app.close();
      await issuer.close();
      await database.drop();
    },
  };
}
