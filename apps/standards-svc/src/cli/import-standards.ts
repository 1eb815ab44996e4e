import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { NestFactory } from '@nestjs/core';
import { plainToInstance } from 'class-transformer';
import { validate, type ValidationError } from 'class-validator';
import { loadConfig, runImportCli } from '@kzps/platform';
import { AppModule } from '../app.module';
import { StandardsConfig } from '../config';
import { ImportStandardsDto } from '../transition/dto/standards-import.dto';
import { TransitionService } from '../transition/transition.service';

/**
 * Art. 25: imports the standards (and reglaments) in force from a JSON file shaped as the REST body
 * (`{ "standards": [...] }`), all or nothing:
 *   npm run import:standards -- standards.json [--dry-run] [--actor <subject>]
 * Uses the service's configuration (DATABASE_URL, KAFKA_BROKERS, PUBLIC_SERVICES_LAW_IN_FORCE_DATE); events go
 * out through the outbox. The operator acts with the service's own credentials, so no token is asked for;
 * the audit names the actor. Exit 0: imported (or a clean dry run); 1: refused, nothing written; 2: usage.
 */
function paths(errors: ValidationError[], prefix = ''): string[] {
  return errors.flatMap((error) => {
    const path = prefix ? `${prefix}.${error.property}` : error.property;
    return [
      ...Object.values(error.constraints ?? {}).map((message) => `${path}: ${message}`),
      ...paths(error.children ?? [], path),
    ];
  });
}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const file = args.find((arg, i) => !arg.startsWith('--') && args[i - 1] !== '--actor');
  const actorIndex = args.indexOf('--actor');
  const subject = (actorIndex >= 0 ? args[actorIndex + 1] : undefined) ?? 'system:standards-svc:import-cli';
  const dryRun = args.includes('--dry-run');
  if (!file) {
    process.stderr.write('usage: import-standards <standards.json> [--dry-run] [--actor <subject>]\n');
    return 2;
  }
  const dto = plainToInstance(ImportStandardsDto, JSON.parse(readFileSync(file, 'utf8')) as unknown);
  const invalid = paths(await validate(dto, { whitelist: true, forbidNonWhitelisted: true }));
  if (invalid.length > 0) {
    process.stderr.write(`${invalid.join('\n')}\n(nothing was imported)\n`);
    return 1;
  }
  const config = loadConfig(StandardsConfig);
  const app = await NestFactory.createApplicationContext(AppModule.forRoot(config), {
    logger: ['error', 'warn'],
  });
  try {
    const report = await app.get(TransitionService).importAsOperator({ subject, roles: [] }, dto, dryRun);
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    process.stderr.write(
      `${report.status}: ${report.total - report.refused} of ${report.total} standards ${dryRun ? 'would be imported' : 'imported'}\n`,
    );
    return report.status === 'rejected' ? 1 : 0;
  } finally {
    await app.close();
  }
}

runImportCli(main);
