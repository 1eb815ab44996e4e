import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { loadConfig, runImportCli } from '@kzps/platform';
import { AppModule } from '../app.module';
import { RegistryConfig } from '../config';
import { designateFirstAuthority, FIRST_AUTHORITY_USAGE } from './first-authority';

/**
 * Records the first public-services authority of a registry started without the demo seed (D38):
 *   node dist/apps/registry-svc/src/cli/designate-first-authority.js --bin … --name-kk … --name-ru … \
 *     --act-kind … --act-number … --act-date … --act-title-kk … --act-title-ru … [--actor <subject>]
 * Uses the service's configuration (DATABASE_URL, KAFKA_BROKERS); the event goes out through the outbox.
 */
async function main(): Promise<number> {
  const args = process.argv.slice(2);
  if (args.length === 0 || args.includes('--help')) {
    process.stderr.write(`${FIRST_AUTHORITY_USAGE}\n`);
    return 2;
  }
  const config = loadConfig(RegistryConfig);
  config.SEED_DEMO_DATA = false;
  const app = await NestFactory.createApplicationContext(AppModule.forRoot(config), {
    logger: ['error', 'warn'],
  });
  try {
    const recorded = await designateFirstAuthority(app, args);
    process.stderr.write(`designated ${recorded.organization.id} public-services-authority\n`);
    process.stdout.write(`${JSON.stringify(recorded, null, 2)}\n`);
    return 0;
  } finally {
    await app.close();
  }
}

runImportCli(main);
