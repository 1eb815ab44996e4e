import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { localDateOf } from '@kzps/calendar';
import { ComplaintsEventTypes } from '@kzps/contracts';
import { deadlineWatchTiming, PeriodicSweep, SweepWatcher } from '@kzps/db';
import { recordAudit, systemActor } from '@kzps/audit';
import { Clock, ServiceMetrics, type Bilingual } from '@kzps/platform';
import { DataSource, type EntityManager } from 'typeorm';
import { loadComplaint, REQUIREMENT_COLUMNS, type RequirementRow } from '../complaints/complaint-record';
import { extensionLastDayAlert, overdueAlert } from '../complaints/complaint-texts';
import { ComplaintsConfig } from '../config';
import { ComplaintEvents, factsOf, stageFactsOf } from '../events/complaint-events';
import { SERVICE_NAME } from '../events/service-name';

interface ClaimedStage {
  id: string;
  complaintId: string;
}

/**
 * Three periodic sweeps (libs/db) in every replica: the last day an extension can still be noticed (Art. 19.6)
 * alerts the instance's officers; a stage whose term passed undecided is raised overdue; a quality-authority
 * requirement past its date is raised overdue (Art. 19.5.3). Each claims rows `FOR UPDATE SKIP LOCKED` and
 * marks them in the same savepoint as the alert or event, so each happens exactly once whatever the replicas.
 */
@Injectable()
export class DeadlineWatcher extends SweepWatcher {
  protected readonly sweeps: Array<PeriodicSweep<ClaimedStage> | PeriodicSweep<RequirementRow>>;

  constructor(
    dataSource: DataSource,
    clock: Clock,
    metrics: ServiceMetrics,
    config: ComplaintsConfig,
    private readonly events: ComplaintEvents,
  ) {
    super();
    const common = {
      dataSource,
      clock,
      metrics,
      ...deadlineWatchTiming(config),
    };
    this.sweeps = [
      new PeriodicSweep<ClaimedStage>({
        ...common,
        name: 'complaint_extension_last_day',
        claim: (manager, now, limit) =>
          claimStages(
            manager,
            `extension_warned_at IS NULL AND last_extension_date <= $1::date AND due_date >= $1::date`,
            localDateOf(now),
            limit,
          ),
        handle: (manager, stage, now) => this.warnLastExtensionDay(manager, stage, now),
      }),
      new PeriodicSweep<ClaimedStage>({
        ...common,
        name: 'complaint_stage_overdue',
        claim: (manager, now, limit) =>
          claimStages(manager, `overdue_at IS NULL AND due_at < $1`, now, limit),
        handle: (manager, stage, now) => this.raiseOverdue(manager, stage, now),
      }),
      new PeriodicSweep<RequirementRow>({
        ...common,
        name: 'complaint_requirement_overdue',
        claim: (manager, now, limit) =>
          manager.query<RequirementRow[]>(
            `SELECT ${REQUIREMENT_COLUMNS} FROM complaint_requirement
             WHERE fulfilled_at IS NULL AND overdue_at IS NULL AND due_at < $1
             ORDER BY due_at LIMIT $2 FOR UPDATE SKIP LOCKED`,
            [now, limit],
          ),
        handle: (manager, requirement, now) => this.raiseRequirementOverdue(manager, requirement, now),
      }),
    ];
  }

  private async warnLastExtensionDay(
    manager: EntityManager,
    claimed: ClaimedStage,
    now: Date,
  ): Promise<boolean> {
    const { current } = await loadComplaint(manager, claimed.complaintId, false);
    if (current.id !== claimed.id || current.dueDate === null) return false;
    await manager.query(`UPDATE complaint_stage SET extension_warned_at = $2 WHERE id = $1`, [
      claimed.id,
      now,
    ]);
    await alert(
      manager,
      current.complaintId,
      current.id,
      current.instanceId,
      'extension_last_day',
      extensionLastDayAlert(current.dueDate),
      now,
    );
    return true;
  }

  private async raiseOverdue(manager: EntityManager, claimed: ClaimedStage, now: Date): Promise<boolean> {
    const { complaint, current } = await loadComplaint(manager, claimed.complaintId, false);
    if (current.id !== claimed.id || current.dueDate === null) return false;
    await manager.query(`UPDATE complaint_stage SET overdue_at = $2 WHERE id = $1`, [claimed.id, now]);
    await alert(
      manager,
      complaint.id,
      current.id,
      current.instanceId,
      'overdue',
      overdueAlert(current.dueDate),
      now,
    );
    await this.events.append(manager, ComplaintsEventTypes.overdue, now, {
      ...stageFactsOf(complaint, current),
      detectedAt: now.toISOString(),
    });
    await recordAudit(manager, {
      actor: systemActor(SERVICE_NAME),
      action: 'complaint.overdue',
      resourceType: 'complaint',
      resourceId: complaint.id,
      summary: `stage ${current.stage} due ${current.dueDate}`,
      occurredAt: now,
    });
    return true;
  }

  private async raiseRequirementOverdue(
    manager: EntityManager,
    requirement: RequirementRow,
    now: Date,
  ): Promise<boolean> {
    const { complaint } = await loadComplaint(manager, requirement.complaintId, false);
    await manager.query(`UPDATE complaint_requirement SET overdue_at = $2 WHERE id = $1`, [
      requirement.id,
      now,
    ]);
    await this.events.append(manager, ComplaintsEventTypes.requirementOverdue, now, {
      ...factsOf(complaint),
      requirementId: requirement.id,
      addresseeOrganizationId: requirement.addresseeId,
      dueDate: requirement.dueDate,
      detectedAt: now.toISOString(),
    });
    return true;
  }
}

/** Open competent stages matching `condition` ($1 is the instant or date, $2 the limit), locked for this pass. */
function claimStages(
  manager: EntityManager,
  condition: string,
  at: Date | string,
  limit: number,
): Promise<ClaimedStage[]> {
  return manager.query<ClaimedStage[]>(
    `SELECT id, complaint_id AS "complaintId" FROM complaint_stage
     WHERE state = 'open' AND competent AND ${condition}
     ORDER BY due_at LIMIT $2 FOR UPDATE SKIP LOCKED`,
    [at, limit],
  );
}

/** An alert to the instance's officers; at most one of a kind per stage. */
async function alert(
  manager: EntityManager,
  complaintId: string,
  stageId: string,
  instanceId: string,
  kind: 'extension_last_day' | 'overdue',
  text: Bilingual,
  now: Date,
): Promise<void> {
  await manager.query(
    `INSERT INTO complaint_alert (id, complaint_id, stage_id, instance_id, kind, text, raised_at)
     VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7) ON CONFLICT (stage_id, kind) DO NOTHING`,
    [randomUUID(), complaintId, stageId, instanceId, kind, JSON.stringify(text), now],
  );
}
