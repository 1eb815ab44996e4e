import { randomUUID } from 'node:crypto';
import { Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { DomainError } from '@kzps/platform';
import { DataSource } from 'typeorm';
import type { Actor } from '../common/actor';
import type { ImportReportDto } from './dto/import-report.dto';
import { ExchangeErrorCode } from './exchange.errors';
import { ImportJob } from './import-job.entity';
import { RegistryImportService } from './registry-import.service';

/** How often a replica looks for queued jobs (a request that queues one also wakes its own replica). */
const POLL_INTERVAL_MS = 1_000;
/** A running job's replica writes a heartbeat this often... */
const HEARTBEAT_INTERVAL_MS = 10_000;
/** ...so one silent this long ran on a replica that died, and is run again. */
const STALE_AFTER_SECONDS = 60;
/** A file whose run broke off this many times (it kills its replica, say) is given up as failed. */
const MAX_ATTEMPTS = 3;

interface ClaimedJob {
  id: string;
  file: string;
  actor: Actor;
  rows: number;
}

/** Another replica took the job over while this one was slow; this run's rows must not commit. */
class ClaimLost extends Error {
  constructor(id: string) {
    super(`import ${id} was taken over by another replica`);
  }
}

/**
 * Runs queued CSV imports, one at a time per replica, in every replica. A job is claimed with `FOR UPDATE SKIP
 * LOCKED` and marked with this replica's id; its rows and its final status commit in ONE transaction, and only
 * while this replica still holds the claim, so a job is imported at most once. A replica that dies mid-run
 * leaves nothing committed and a job whose heartbeat stops: after STALE_AFTER_SECONDS any replica (or this one
 * restarted) claims it again and runs it from the start; after MAX_ATTEMPTS it is marked failed.
 *
 * Not a PeriodicSweep (libs/db), checked again for issue 13: a sweep handles each item inside the transaction
 * that claimed it, holding the claim's `FOR UPDATE` lock until the batch commits. A job's claim must commit
 * before its run instead: its `running` status and progress are read while a large file's rows are written in
 * a transaction of their own, and the heartbeat that keeps another replica from taking the job over updates
 * the job's row from another connection, which the sweep's lock would block until the import ended, so a long
 * import would look dead. A request that queues a job also wakes its replica (`kick`), which a sweep has no
 * hook for. What the runner shares with a sweep is only the poll, a one-line timer.
 */
@Injectable()
export class ImportJobRunner implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(ImportJobRunner.name);
  private readonly id = randomUUID();
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;
  private passRequested = false;
  private stopped = false;

  constructor(
    private readonly dataSource: DataSource,
    private readonly imports: RegistryImportService,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => this.kick(), POLL_INTERVAL_MS);
    this.timer.unref();
    this.kick();
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }

  /** Looks for work now instead of at the next poll. */
  kick(): void {
    this.drain().catch((error: unknown) => this.logger.error({ err: error }, 'import jobs failed'));
  }

  /**
   * Runs jobs until none is left to claim; one pass at a time per replica. A call during a pass gets one more
   * pass after it, so a job queued (or abandoned) just before the call is always looked at before it resolves.
   */
  drain(): Promise<void> {
    if (this.running) {
      this.passRequested = true;
      return this.running;
    }
    this.running = (async () => {
      do {
        this.passRequested = false;
        await this.runAll();
      } while (this.passRequested && !this.stopped);
    })().finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  private async runAll(): Promise<void> {
    while (!this.stopped) {
      await this.giveUpAbandoned();
      const job = await this.claim();
      if (!job) return;
      await this.run(job);
    }
  }

  private async giveUpAbandoned(): Promise<void> {
    await this.dataSource.query(
      `UPDATE import_job SET status = 'failed', runner = NULL, finished_at = now()
       WHERE status = 'running' AND heartbeat_at < now() - make_interval(secs => $1) AND attempts >= $2`,
      [STALE_AFTER_SECONDS, MAX_ATTEMPTS],
    );
  }

  private async claim(): Promise<ClaimedJob | undefined> {
    const rows: ClaimedJob[] = await this.dataSource.query(
      `WITH next AS (
         SELECT id FROM import_job
         WHERE status = 'queued'
            -- An abandoned run is taken over only while it has attempts left; giveUpAbandoned fails the rest.
            OR (status = 'running' AND heartbeat_at < now() - make_interval(secs => $2) AND attempts < $3)
         ORDER BY created_at LIMIT 1 FOR UPDATE SKIP LOCKED
       ), claimed AS (
         UPDATE import_job j
         SET status = 'running', runner = $1, heartbeat_at = now(), started_at = coalesce(started_at, now()),
             attempts = attempts + 1, done = 0
         FROM next WHERE j.id = next.id
         RETURNING j.id, j.file, j.actor, j.rows
       )
       SELECT * FROM claimed`,
      [this.id, STALE_AFTER_SECONDS, MAX_ATTEMPTS],
    );
    return rows[0];
  }

  private async run(job: ClaimedJob): Promise<void> {
    const heartbeat = setInterval(() => {
      this.beat(job.id).catch((error: unknown) =>
        this.logger.warn({ err: error }, 'import heartbeat failed'),
      );
    }, HEARTBEAT_INTERVAL_MS);
    heartbeat.unref();
    try {
      const report = await this.imports.importFile(
        this.imports.readFile(job.file),
        job.actor,
        (done) => this.beat(job.id, done),
        async (manager, finished) => {
          const result = await manager
            .createQueryBuilder()
            .update(ImportJob)
            .set({
              status: 'imported',
              report: finished,
              done: job.rows,
              runner: null,
              finishedAt: () => 'now()',
            })
            .where({ id: job.id, runner: this.id, status: 'running' })
            .execute();
          if (result.affected !== 1) throw new ClaimLost(job.id);
        },
      );
      this.logger.log(`import ${job.id}: ${report.imported} of ${report.rows} rows imported`);
    } catch (error) {
      if (error instanceof DomainError && error.code === ExchangeErrorCode.ImportRejected) {
        await this.finishRejected(job, error.extensions.report as ImportReportDto);
      } else if (error instanceof ClaimLost) {
        this.logger.warn(error.message);
      } else {
        this.logger.error({ err: error }, `import ${job.id} broke off; it will be run again`);
        await this.release(job);
      }
    } finally {
      clearInterval(heartbeat);
    }
  }

  /** Progress and liveness, written outside the import's transaction so readers see them while it runs. */
  private async beat(id: string, done?: number): Promise<void> {
    await this.dataSource.query(
      `UPDATE import_job SET heartbeat_at = now(), done = coalesce($3, done) WHERE id = $1 AND runner = $2`,
      [id, this.id, done ?? null],
    );
  }

  private async finishRejected(job: ClaimedJob, report: ImportReportDto): Promise<void> {
    await this.dataSource
      .createQueryBuilder()
      .update(ImportJob)
      .set({ status: 'rejected', report, done: job.rows, runner: null, finishedAt: () => 'now()' })
      .where({ id: job.id, runner: this.id })
      .execute();
  }

  /** An unexpected failure (the database went away, say): queued again, or failed after MAX_ATTEMPTS. */
  private async release(job: ClaimedJob): Promise<void> {
    await this.dataSource.query(
      `UPDATE import_job
       SET status = CASE WHEN attempts >= $3 THEN 'failed' ELSE 'queued' END, runner = NULL,
           finished_at = CASE WHEN attempts >= $3 THEN now() END
       WHERE id = $1 AND runner = $2`,
      [job.id, this.id, MAX_ATTEMPTS],
    );
  }
}
