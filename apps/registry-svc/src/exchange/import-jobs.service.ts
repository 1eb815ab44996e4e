import { createHash, randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { inTransaction } from '@kzps/db';
import { DataSource, In } from 'typeorm';
import type { Actor } from '../common/actor';
import type { ImportJobDto } from './dto/import-job.dto';
import { exchangeError, ExchangeErrorCode } from './exchange.errors';
import { ImportJob, type ImportJobStatus } from './import-job.entity';
import { ImportJobRunner } from './import-job.runner';
import { RegistryImportService } from './registry-import.service';

/** The statuses in which a job stands for its file: the same file sent again finds it. */
const standingStatuses: ImportJobStatus[] = ['queued', 'running', 'imported'];

export function toImportJobDto(job: ImportJob): ImportJobDto {
  return {
    id: job.id,
    status: job.status,
    rows: job.rows,
    done: job.done,
    report: job.report,
    createdAt: job.createdAt.toISOString(),
    startedAt: job.startedAt?.toISOString() ?? null,
    finishedAt: job.finishedAt?.toISOString() ?? null,
  };
}

/**
 * The REST import: a file is checked (columns, well-formed CSV) in the request and queued as a job, which a
 * replica runs (ImportJobRunner); the client follows the job's URL. A large file no longer outlives the
 * gateway's timeout while its rows commit, so a client never retries an import that went through.
 */
@Injectable()
export class ImportJobsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly imports: RegistryImportService,
    private readonly runner: ImportJobRunner,
  ) {}

  /** Queues the file, or finds the job already standing for the same file (same SHA-256). */
  async enqueue(file: string, actor: Actor): Promise<ImportJobDto> {
    const rows = this.imports.readFile(file);
    const fileHash = createHash('sha256').update(file).digest('hex');
    const job = await inTransaction(this.dataSource, async (manager) => {
      // The standing job may end (rejected, failed) between the insert that met it and the read: the file then
      // needs a job of its own, so insert again (a 500 found by issue 20's generated input).
      for (let attempt = 0; attempt < 3; attempt += 1) {
        // A concurrent request with the same file waits here for the other's commit, then finds its job.
        await manager.query(
          `INSERT INTO import_job (id, status, file_hash, file, actor, rows)
           VALUES ($1, 'queued', $2, $3, $4, $5)
           ON CONFLICT (file_hash) WHERE status IN ('queued', 'running', 'imported') DO NOTHING`,
          [randomUUID(), fileHash, file, JSON.stringify(actor), rows.length],
        );
        const standing = await manager.findOneBy(ImportJob, { fileHash, status: In(standingStatuses) });
        if (standing) return standing;
      }
      throw new Error('no standing import job for the file after three attempts');
    });
    this.runner.kick();
    return toImportJobDto(job);
  }

  async get(id: string): Promise<ImportJobDto> {
    const job = await this.dataSource.getRepository(ImportJob).findOneBy({ id });
    if (!job) throw exchangeError(ExchangeErrorCode.ImportNotFound, `No import ${id}`);
    return toImportJobDto(job);
  }
}
