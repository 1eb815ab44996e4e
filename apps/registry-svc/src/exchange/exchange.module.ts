import { Module, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyInstance } from 'fastify';
import { ServicesModule } from '../services/services.module';
import { ExchangeController } from './exchange.controller';
import { RegistryExportService } from './registry-export.service';
import { ImportJobRunner } from './import-job.runner';
import { ImportJobsService } from './import-jobs.service';
import { RegistryImportService } from './registry-import.service';

/** Imports through REST are capped here; the CLI takes files of any size. */
const CSV_BODY_LIMIT = 20 * 1024 * 1024;

@Module({
  imports: [ServicesModule],
  controllers: [ExchangeController],
  providers: [RegistryExportService, RegistryImportService, ImportJobsService, ImportJobRunner],
  exports: [RegistryImportService, RegistryExportService],
})
export class ExchangeModule implements OnModuleInit {
  constructor(private readonly adapterHost: HttpAdapterHost) {}

  onModuleInit(): void {
    const fastify = this.adapterHost.httpAdapter?.getInstance<FastifyInstance>();
    if (!fastify || fastify.hasContentTypeParser('text/csv')) return;
    fastify.addContentTypeParser(
      'text/csv',
      { parseAs: 'string', bodyLimit: CSV_BODY_LIMIT },
      (_request, body, done) => done(null, body),
    );
  }
}
