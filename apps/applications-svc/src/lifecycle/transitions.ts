import { Injectable } from '@nestjs/common';
import { recordAudit, type AuditActor } from '@kzps/audit';
import { ApplicationsEventTypes, type ApplicationStatus } from '@kzps/contracts';
import type { EntityManager } from 'typeorm';
import { Application } from '../applications/application.entity';
import { applicationsError, ApplicationsErrorCode } from '../applications/applications.errors';
import { StatusChange, statusChangeOf } from '../applications/status-change.entity';
import { ApplicationEvents, factsOf } from '../events/application-events';

/** Where each status may go (Art. 5.5, 15): the rest are final. */
const next: Record<ApplicationStatus, readonly ApplicationStatus[]> = {
  accepted: ['in_work', 'result_ready', 'refused', 'withdrawn'],
  in_work: ['result_ready', 'refused', 'withdrawn'],
  result_ready: ['issued'],
  issued: [],
  refused: [],
  withdrawn: [],
};

const final: readonly ApplicationStatus[] = ['issued', 'refused', 'withdrawn'];

/**
 * Moves an application to a status: the row, its history entry, the status-changed event and the audit record,
 * in the caller's transaction. The caller has locked the row (`lockedApplication`).
 */
@Injectable()
export class Transitions {
  constructor(private readonly events: ApplicationEvents) {}

  /** The application, locked for the transaction, or 404. */
  async lockedApplication(manager: EntityManager, id: string): Promise<Application> {
    const application = await manager.findOne(Application, {
      where: { id },
      lock: { mode: 'pessimistic_write' },
    });
    if (!application) throw applicationsError(ApplicationsErrorCode.APPLICATION_NOT_FOUND);
    return application;
  }

  assertCanMove(application: Application, to: ApplicationStatus): void {
    if (!next[application.status].includes(to)) {
      throw applicationsError(
        ApplicationsErrorCode.APPLICATION_STATUS_CONFLICT,
        `An application ${application.status} cannot become ${to}`,
        { currentStatus: application.status },
      );
    }
  }

  async move(
    manager: EntityManager,
    application: Application,
    to: ApplicationStatus,
    actor: AuditActor,
    at: Date,
  ): Promise<void> {
    this.assertCanMove(application, to);
    const from = application.status;
    application.status = to;
    application.updatedAt = at;
    if (final.includes(to)) application.closedAt = at;
    await manager.save(application);
    await manager.insert(StatusChange, statusChangeOf(application.id, from, to, actor, at));
    await this.events.append(manager, {
      type: ApplicationsEventTypes.statusChanged,
      subject: application.id,
      time: at,
      data: { ...factsOf(application), from, to, changedAt: at.toISOString() },
    });
    await recordAudit(manager, {
      actor,
      action: `application.${to}`,
      resourceType: 'application',
      resourceId: application.id,
      occurredAt: at,
    });
  }
}
