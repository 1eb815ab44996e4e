import { Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { Clock } from '@kzps/platform';
import { DataSource } from 'typeorm';
import { StandardsConfig } from '../config';
import type { TermKind } from './statutory-term.entity';
import { TermsService } from './terms.service';

interface ClaimedTerm {
  id: string;
  standard_id: string;
  service_id: string;
  kind: TermKind;
  due_date: string;
  due_at: Date;
}

/**
 * Finds statutory terms that ran out and raises one `term.missed` event per term. Runs in every replica:
 * each batch is claimed with `FOR UPDATE SKIP LOCKED` and marked missed in the same transaction as its
 * outbox rows, so two replicas never raise the same term twice.
 */
@Injectable()
export class DeadlineWatcher implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(DeadlineWatcher.name);
  private timer?: NodeJS.Timeout;
  private running?: Promise<number>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly terms: TermsService,
    private readonly config: StandardsConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.DEADLINE_WATCH_INTERVAL_MS <= 0) return;
    this.timer = setInterval(() => {
      this.tick().catch((error: unknown) => this.logger.error({ err: error }, 'deadline watch failed'));
    }, this.config.DEADLINE_WATCH_INTERVAL_MS);
    this.timer.unref();
  }

  async onModuleDestroy(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.running?.catch(() => undefined);
  }

  /** One pass: every term due by now, batch by batch. Returns how many terms this replica marked missed. */
  async tick(): Promise<number> {
    // One pass at a time per replica; other replicas are kept apart by the row locks.
    if (this.running) return this.running;
    this.running = this.sweep().finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  private async sweep(): Promise<number> {
    await this.closeEndedDiscussions();
    let total = 0;
    for (;;) {
      const { claimed, missed } = await this.claimBatch();
      total += missed;
      if (claimed < this.config.DEADLINE_WATCH_BATCH) return total;
    }
  }

  /**
   * Art. 9.5: the window closing moves an open discussion to revision, with or without a proposal. Once per
   * pass, in its own transaction. The standard rows are locked first, as every request locks them, and
   * skipped when a request (or another replica) holds them: the next pass gets them, and until then the
   * answers already read the discussion as closed.
   */
  private closeEndedDiscussions(): Promise<void> {
    const now = this.clock.now();
    return this.dataSource.transaction(async (manager) => {
      const standards: Array<{ id: string; version_id: string }> = await manager.query(
        `SELECT s.id, v.id AS version_id
           FROM standard s JOIN standard_version v ON v.id = s.working_version_id
          WHERE v.status = 'discussion' AND v.discussion_ends_at < $1
          FOR UPDATE OF s SKIP LOCKED`,
        [now],
      );
      if (standards.length === 0) return;
      await manager.query(
        `UPDATE standard_version SET status = 'revision', updated_at = now()
          WHERE id = ANY($1::uuid[]) AND status = 'discussion'`,
        [standards.map((s) => s.version_id)],
      );
      await manager.query(
        `UPDATE standard SET status = 'revision', updated_at = now()
          WHERE id = ANY($1::uuid[]) AND status = 'discussion'`,
        [standards.map((s) => s.id)],
      );
    });
  }

  /** One transaction: up to a batch of due terms no other replica holds, each marked missed and raised. */
  private claimBatch(): Promise<{ claimed: number; missed: number }> {
    const now = this.clock.now();
    return this.dataSource.transaction(async (manager) => {
      const rows: ClaimedTerm[] = await manager.query(
        `SELECT t.id, t.standard_id, s.service_id, t.kind, to_char(t.due_date, 'YYYY-MM-DD') AS due_date, t.due_at
           FROM statutory_term t JOIN standard s ON s.id = t.standard_id
          WHERE t.status = 'open' AND t.due_at < $1
          ORDER BY t.due_at
          LIMIT $2
          FOR UPDATE OF t SKIP LOCKED`,
        [now, this.config.DEADLINE_WATCH_BATCH],
      );
      let missed = 0;
      for (const row of rows) {
        const marked = await this.terms.markMissed(
          manager,
          {
            id: row.id,
            standardId: row.standard_id,
            serviceId: row.service_id,
            kind: row.kind,
            dueDate: row.due_date,
            dueAt: new Date(row.due_at),
          },
          now,
        );
        if (marked) missed += 1;
      }
      if (missed > 0) this.logger.log(`${missed} statutory term(s) missed`);
      return { claimed: rows.length, missed };
    });
  }
}
