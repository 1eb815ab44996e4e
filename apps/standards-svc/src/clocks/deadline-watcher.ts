import { Injectable } from '@nestjs/common';
import { deadlineWatchTiming, PeriodicSweep, SweepWatcher } from '@kzps/db';
import { Clock, ServiceMetrics } from '@kzps/platform';
import { DataSource, type EntityManager } from 'typeorm';
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

interface EndedDiscussion {
  id: string;
  version_id: string;
}

/**
 * Finds statutory terms that ran out and raises one `term.missed` event per term, and moves discussions whose
 * window closed to revision; two periodic sweeps (libs/db) in every replica. Each claims its rows with
 * `FOR UPDATE SKIP LOCKED` and handles each in a savepoint of its own, with its outbox rows, so two replicas
 * never raise the same term twice and one failing term does not hold back the others.
 */
@Injectable()
export class DeadlineWatcher extends SweepWatcher {
  /** Ended discussions first, then the terms. */
  protected readonly sweeps: [PeriodicSweep<EndedDiscussion>, PeriodicSweep<ClaimedTerm>];

  constructor(
    dataSource: DataSource,
    clock: Clock,
    metrics: ServiceMetrics,
    config: StandardsConfig,
    private readonly termsService: TermsService,
  ) {
    super();
    const common = { dataSource, clock, metrics, ...deadlineWatchTiming(config) };
    this.sweeps = [
      new PeriodicSweep<EndedDiscussion>({
        ...common,
        name: 'discussions_ended',
        claim: (manager, now, limit) => this.endedDiscussions(manager, now, limit),
        handle: (manager, discussion) => this.closeDiscussion(manager, discussion),
      }),
      new PeriodicSweep<ClaimedTerm>({
        ...common,
        name: 'statutory_terms',
        claim: (manager, now, limit) => this.dueTerms(manager, now, limit),
        handle: (manager, term, now) => this.markMissed(manager, term, now),
      }),
    ];
  }

  /**
   * Art. 9.5: the window closing moves an open discussion to revision, with or without a proposal. The
   * standard rows are locked as every request locks them, and skipped when a request (or another replica)
   * holds them: the next pass gets them, and until then the answers already read the discussion as closed.
   */
  private endedDiscussions(manager: EntityManager, now: Date, limit: number): Promise<EndedDiscussion[]> {
    return manager.query(
      `SELECT s.id, v.id AS version_id
         FROM standard s JOIN standard_version v ON v.id = s.working_version_id
        WHERE v.status = 'discussion' AND v.discussion_ends_at < $1
        ORDER BY v.discussion_ends_at
        LIMIT $2
          FOR UPDATE OF s SKIP LOCKED`,
      [now, limit],
    );
  }

  private async closeDiscussion(manager: EntityManager, discussion: EndedDiscussion): Promise<boolean> {
    await manager.query(
      `UPDATE standard_version SET status = 'revision', updated_at = now() WHERE id = $1 AND status = 'discussion'`,
      [discussion.version_id],
    );
    const [, closed]: [unknown, number] = await manager.query(
      `UPDATE standard SET status = 'revision', updated_at = now() WHERE id = $1 AND status = 'discussion'`,
      [discussion.id],
    );
    return closed > 0;
  }

  /** Due terms no other replica holds. */
  private dueTerms(manager: EntityManager, now: Date, limit: number): Promise<ClaimedTerm[]> {
    return manager.query(
      `SELECT t.id, t.standard_id, s.service_id, t.kind, to_char(t.due_date, 'YYYY-MM-DD') AS due_date, t.due_at
         FROM statutory_term t JOIN standard s ON s.id = t.standard_id
        WHERE t.status = 'open' AND t.due_at < $1
        ORDER BY t.due_at
        LIMIT $2
          FOR UPDATE OF t SKIP LOCKED`,
      [now, limit],
    );
  }

  private markMissed(manager: EntityManager, row: ClaimedTerm, now: Date): Promise<boolean> {
    return this.termsService.markMissed(
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
  }
}
