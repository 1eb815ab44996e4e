import { auditStandard, standardsSystem } from '../common/audit';
import { Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { StandardsConfig } from '../config';
import { EventOutbox } from '../events/event-outbox';
import { StandardsEventTypes } from '@kzps/contracts';
import { Clock } from './clock';
import { termArticles, type TermKind } from './statutory-term.entity';

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
    private readonly outbox: EventOutbox,
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
    let total = 0;
    for (;;) {
      const claimed = await this.claimBatch();
      total += claimed;
      if (claimed < this.config.DEADLINE_WATCH_BATCH) return total;
    }
  }

  private claimBatch(): Promise<number> {
    const now = this.clock.now();
    return this.dataSource.transaction(async (manager) => {
      // Art. 9.5: the window closing moves an open discussion to revision, with or without a proposal.
      await manager.query(
        `UPDATE standard_version SET status = 'revision', updated_at = now()
          WHERE status = 'discussion' AND discussion_ends_at < $1`,
        [now],
      );
      await manager.query(
        `UPDATE standard s SET status = 'revision', updated_at = now()
          FROM standard_version v
         WHERE v.id = s.working_version_id AND v.status = 'revision' AND s.status = 'discussion'`,
      );
      const rows: ClaimedTerm[] = await manager.query(
        `SELECT t.id, t.standard_id, s.service_id, t.kind, to_char(t.due_date, 'YYYY-MM-DD') AS due_date, t.due_at
           FROM statutory_term t JOIN standard s ON s.id = t.standard_id
          WHERE t.status = 'open' AND t.due_at < $1
          ORDER BY t.due_at
          LIMIT $2
          FOR UPDATE OF t SKIP LOCKED`,
        [now, this.config.DEADLINE_WATCH_BATCH],
      );
      for (const row of rows) {
        await manager.query(`UPDATE statutory_term SET status = 'missed', missed_at = $2 WHERE id = $1`, [
          row.id,
          now,
        ]);
        await auditStandard(
          manager,
          standardsSystem,
          'term.missed',
          row.standard_id,
          now,
          `${row.kind} due ${row.due_date}`,
        );
        await this.outbox.append(manager, {
          type: StandardsEventTypes.termMissed,
          subject: row.standard_id,
          data: {
            standardId: row.standard_id,
            serviceId: row.service_id,
            termId: row.id,
            kind: row.kind,
            article: termArticles[row.kind],
            dueDate: row.due_date,
            dueAt: new Date(row.due_at).toISOString(),
            missedAt: now.toISOString(),
          },
        });
      }
      if (rows.length > 0) this.logger.log(`${rows.length} statutory term(s) missed`);
      return rows.length;
    });
  }
}
