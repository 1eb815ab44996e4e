import { Injectable } from '@nestjs/common';
import { recordAudit, recordAudits, systemActor } from '@kzps/audit';
import { ApplicationsEventTypes } from '@kzps/contracts';
import { deadlineWatchTiming, PeriodicSweep, SweepWatcher } from '@kzps/db';
import { Clock, ServiceMetrics } from '@kzps/platform';
import { DataSource, type EntityManager } from 'typeorm';
import { Application } from '../applications/application.entity';
import { ApplicationsConfig } from '../config';
import { ApplicationEvents, factsOf, type ApplicationFactsSource } from '../events/application-events';
import { SERVICE_NAME } from '../events/service-name';

const watcher = systemActor(SERVICE_NAME);

/** What a sweep reads of a claimed application: the facts its event carries. */
type Claimed = ApplicationFactsSource;

/** The columns of `ApplicationFactsSource`, named as its properties (a date as its ISO text, as TypeORM reads it). */
const claimedColumns = `id, tracking_number AS "trackingNumber", service_id AS "serviceId",
  standard_id AS "standardId", standard_version_id AS "standardVersionId", owner_id AS "ownerId",
  provider_id AS "providerId", psc_id AS "pscId", psc_branch AS "pscBranch", region_kato AS "regionKato",
  channel, recipient_type AS "recipientType", accepted_at AS "acceptedAt", due_date::text AS "dueDate",
  due_at AS "dueAt", handover_due_at AS "handoverDueAt", term`;

/** A deadline a sweep watches: its column, the column recording its event was raised, and the event. */
interface Deadline {
  sweep: string;
  due: 'due_at' | 'handover_due_at';
  raised: 'overdue_raised_at' | 'handover_late_raised_at';
  raisedProperty: 'overdueRaisedAt' | 'handoverLateRaisedAt';
  type: typeof ApplicationsEventTypes.overdue | typeof ApplicationsEventTypes.handoverLate;
  action: string;
}

const deadlines: Deadline[] = [
  {
    sweep: 'applications_overdue',
    due: 'due_at',
    raised: 'overdue_raised_at',
    raisedProperty: 'overdueRaisedAt',
    type: ApplicationsEventTypes.overdue,
    action: 'application.overdue',
  },
  {
    sweep: 'psc_handovers_late',
    due: 'handover_due_at',
    raised: 'handover_late_raised_at',
    raisedProperty: 'handoverLateRaisedAt',
    type: ApplicationsEventTypes.handoverLate,
    action: 'application.handover-late',
  },
];

/** A sweep's claim ($1 the clock's now, $2 the batch size): the partial index's rows, oldest deadline first. */
function claimOf(deadline: Deadline): string {
  return `SELECT ${claimedColumns} FROM application
    WHERE status IN ('accepted', 'in_work') AND ${deadline.raised} IS NULL AND ${deadline.due} < $1
    ORDER BY ${deadline.due}
    LIMIT $2
    FOR UPDATE SKIP LOCKED`;
}

/**
 * Raises, once per application, `overdue` when its term ran out with no result (Art. 8.5) and `handover-late`
 * when a PSC application's result was not at the PSC by its deadline (Art. 5.5.5). Two periodic sweeps
 * (libs/db) in every replica: each claims open applications past the deadline whose event was not raised,
 * `FOR UPDATE SKIP LOCKED`, through a partial index holding exactly those rows ordered by the deadline, so a
 * pass reads the overdue rows and nothing else, however many applications are open.
 */
@Injectable()
export class DeadlineWatcher extends SweepWatcher {
  /** Each sweep's claim by name, as it is sent (the benchmark EXPLAINs them). */
  static readonly claims: Readonly<Record<string, string>> = Object.fromEntries(
    deadlines.map((deadline) => [deadline.sweep, claimOf(deadline)]),
  );

  protected readonly sweeps: Array<PeriodicSweep<Claimed>>;

  constructor(
    dataSource: DataSource,
    clock: Clock,
    metrics: ServiceMetrics,
    config: ApplicationsConfig,
    private readonly events: ApplicationEvents,
  ) {
    super();
    this.sweeps = deadlines.map(
      (deadline) =>
        new PeriodicSweep<Claimed>({
          name: deadline.sweep,
          dataSource,
          clock,
          metrics,
          ...deadlineWatchTiming(config),
          claim: (manager, now, limit) => this.due(manager, deadline, now, limit),
          handle: (manager, application, now) => this.raise(manager, deadline, application, now),
          handleBatch: (manager, applications, now) => this.raiseAll(manager, deadline, applications, now),
        }),
    );
  }

  /** Matches the partial indexes of migration CreateApplications1796000000001 predicate for predicate. */
  private async due(
    manager: EntityManager,
    deadline: Deadline,
    now: Date,
    limit: number,
  ): Promise<Claimed[]> {
    // The claim returns what the events carry, so a batch is raised without loading entities.
    const rows: Claimed[] = await manager.query(claimOf(deadline), [now, limit]);
    return rows;
  }

  /**
   * The batch set-based, doing for each application what `raise` does: one guarded update marks the claimed
   * rows raised and returns those it changed, then one insert writes their events and one their audit records.
   */
  private async raiseAll(
    manager: EntityManager,
    deadline: Deadline,
    applications: Claimed[],
    now: Date,
  ): Promise<number> {
    const [changed]: [Array<{ id: string }>, number] = await manager.query(
      `UPDATE application SET ${deadline.raised} = $2
        WHERE id = ANY($1::uuid[]) AND ${deadline.raised} IS NULL
        RETURNING id`,
      [applications.map((application) => application.id), now],
    );
    const raised = new Set(changed.map((row) => row.id));
    const due = applications.filter((application) => raised.has(application.id));
    await this.events.appendAll(
      manager,
      due.map((application) => ({
        type: deadline.type,
        subject: application.id,
        time: now,
        data: { ...factsOf(application), detectedAt: now.toISOString() },
      })),
    );
    await recordAudits(
      manager,
      due.map((application) => ({
        actor: watcher,
        action: deadline.action,
        resourceType: 'application',
        resourceId: application.id,
        occurredAt: now,
      })),
    );
    return due.length;
  }

  private async raise(
    manager: EntityManager,
    deadline: Deadline,
    application: Claimed,
    now: Date,
  ): Promise<boolean> {
    // The row is locked and was claimed unraised; the guard makes a second raise impossible all the same.
    const { affected } = await manager
      .createQueryBuilder()
      .update(Application)
      .set({ [deadline.raisedProperty]: now })
      .where('id = :id', { id: application.id })
      .andWhere(`${deadline.raised} IS NULL`)
      .execute();
    if (affected !== 1) return false;
    await this.events.append(manager, {
      type: deadline.type,
      subject: application.id,
      time: now,
      data: { ...factsOf(application), detectedAt: now.toISOString() },
    });
    await recordAudit(manager, {
      actor: watcher,
      action: deadline.action,
      resourceType: 'application',
      resourceId: application.id,
      occurredAt: now,
    });
    return true;
  }
}
