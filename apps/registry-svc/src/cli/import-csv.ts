import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { NestFactory } from '@nestjs/core';
import { loadConfig, runImportCli } from '@kzps/platform';
import { AppModule } from '../app.module';
import { RegistryConfig } from '../config';
import { RegistryImportService } from '../exchange/registry-import.service';

/**
 * Bulk import of registry entries from a CSV file (the export format), all or nothing, with progress:
 *   node dist/apps/registry-svc/src/cli/import-csv.js file.csv [--actor <subject>]
 * Uses the service's configuration (DATABASE_URL, KAFKA_BROKERS); events go out through the outbox.
 */
async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const file = args.find((arg) => !arg.startsWith('--'));
  const actorIndex = args.indexOf('--actor');
  const subject = actorIndex >= 0 ? args[actorIndex + 1] : undefined;
  if (!file) {
    process.stderr.write('usage: import-csv <file.csv> [--actor <subject>]\n');
    return 2;
  }
  const text = readFileSync(file, 'utf8');
  const config = loadConfig(RegistryConfig);
  config.SEED_DEMO_DATA = false;
  const app = await NestFactory.createApplicationContext(AppModule.forRoot(config), {
    logger: ['error', 'warn'],
  });
  const started = Date.now();
  try {
    const report = await app
      .get(RegistryImportService)
      .importCsv(text, { subject: subject ?? 'system:registry-svc:import-cli', roles: [] }, (done, total) => {
        const width = 30;
        const filled = Math.round((done / total) * width);
        process.stderr.write(
          `\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} rows checked`,
        );
      });
    process.stderr.write(
      `\nimported ${report.imported} of ${report.rows} rows in ${Date.now() - started} ms\n`,
    );
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    return 0;
  } finally {
    await app.close();
  }
}

runImportCli(main);
