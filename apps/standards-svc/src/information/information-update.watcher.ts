import { Injectable } from '@nestjs/common';
import type { InformationUpdateChange, InformationUpdateRole } from '@kzps/contracts';
import { deadlineWatchTiming, PeriodicSweep, SweepWatcher } from '@kzps/db';
import { Clock, ServiceMetrics } from '@kzps/platform';
import { DataSource, type EntityManager } from 'typeorm';
import { StandardsConfig } from '../config';
import { InformationUpdate } from './information-update.entity';
import { InformationUpdatesService, type Duty } from './information-updates.service';

interface ClaimedDuty {
  id: string;
  standard_id: string;
  service_id: string;
  version_id: string;
  term_id: string;
  organization_id: string;
  roles: InformationUpdateRole[];
  change: InformationUpdateChange;
  starts_at: Date;
  due_date: string;
  due_at: Date;
}

/**
 * Art. 17.2: finds the bodies that had not confirmed their update when the version's three working days ran
 * out (the term's end as the calendar counts it, recounted when the calendar changes) and raises one
 * `information-update.overdue` per body; a periodic sweep (libs/db) in every replica. Duties of a version
 * whose term lapsed (replaced, service excluded) are no longer watched.
 */
@Injectable()
export class InformationUpdateWatcher extends SweepWatcher {
  protected readonly sweeps: [PeriodicSweep<ClaimedDuty>];

  constructor(
    dataSource: DataSource,
    clock: Clock,
    metrics: ServiceMetrics,
    config: StandardsConfig,
    private readonly updates: InformationUpdatesService,
  ) {
    super();
    this.sweeps = [
      new PeriodicSweep<ClaimedDuty>({
        dataSource,
        clock,
        metrics,
        ...deadlineWatchTiming(config),
        name: 'information_updates',
        claim: (manager, now, limit) => this.dueDuties(manager, now, limit),
        handle: (manager, duty, now) => this.updates.markOverdue(manager, dutyOf(duty), now),
      }),
    ];
  }

  private dueDuties(manager: EntityManager, now: Date, limit: number): Promise<ClaimedDuty[]> {
    return manager.query(
      `SELECT u.id, u.standard_id, s.service_id, u.version_id, u.term_id, u.organization_id, u.roles, u.change,
              t.starts_at, to_char(t.due_date, 'YYYY-MM-DD') AS due_date, t.due_at
         FROM information_update u
         JOIN statutory_term t ON t.id = u.term_id
         JOIN standard s ON s.id = u.standard_id
        WHERE u.confirmed_at IS NULL AND u.overdue_at IS NULL
          AND t.status IN ('open', 'missed') AND t.due_at < $1
        ORDER BY t.due_at
        LIMIT $2
          FOR UPDATE OF u SKIP LOCKED`,
      [now, limit],
    );
  }
}

function dutyOf(row: ClaimedDuty): Duty {
  const update = Object.assign(new InformationUpdate(), {
    id: row.id,
    standardId: row.standard_id,
    versionId: row.version_id,
    termId: row.term_id,
    organizationId: row.organization_id,
    roles: row.roles,
    change: row.change,
  });
  return {
    update,
    serviceId: row.service_id,
    term: { startsAt: new Date(row.starts_at), dueDate: row.due_date, dueAt: new Date(row.due_at) },
  };
}
