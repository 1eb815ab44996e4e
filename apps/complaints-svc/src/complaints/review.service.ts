import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { recordAudit } from '@kzps/audit';
import { endOfLocalDay, localDateOf } from '@kzps/calendar';
import { CalendarStore } from '@kzps/calendar-store';
import { ComplaintsEventTypes } from '@kzps/contracts';
import { inTransaction } from '@kzps/db';
import { Clock } from '@kzps/platform';
import { DataSource, type EntityManager } from 'typeorm';
import { nextInstance } from '../chain/appeal-chain';
import { officerOrganizationOf, type CallerIdentity } from '../common/identity';
import { ComplaintEvents, factsOf, stageFactsOf } from '../events/complaint-events';
import { assertInstanceOfficer, assertNotWithdrawn, assertReader, isComplainant } from './complaint-access';
import { loadComplaint, type ComplaintFile, type StageRow } from './complaint-record';
import { decisionNotice, extensionNotice, qualityOutcomeNotice, redirectionNotice } from './complaint-texts';
import { ComplaintViews, type ComplaintView } from './complaint-view';
import { complaintsError, ComplaintsErrorCode } from './complaints.errors';
import type { DecideDto, ExtendTermDto } from './dto/review.dto';
import { ComplaintRegistration, lastExtensionDate } from './registration';

/** Art. 19.6: a stage's term is extended by at most ten working days in all. */
export const MAX_EXTENSION_WORKING_DAYS = 10;

/** What an instance does with a complaint registered with it: redirect, extend, decide; and escalation. */
@Injectable()
export class ReviewService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly calendars: CalendarStore,
    private readonly registration: ComplaintRegistration,
    private readonly events: ComplaintEvents,
    private readonly views: ComplaintViews,
  ) {}

  /** A body that is not competent sends the complaint on; the term starts at the competent instance. */
  redirect(caller: CallerIdentity, id: string): Promise<ComplaintView> {
    return this.act(id, async (manager, file, now) => {
      const { complaint, current } = file;
      assertInstanceOfficer(caller, file, current);
      assertOpen(current);
      if (current.competent) throw complaintsError(ComplaintsErrorCode.STAGE_COMPETENT);
      const competent = complaint.chain.find((instance) => instance.stage === current.stage);
      if (!competent) throw new Error(`complaint ${id} has no instance at stage ${current.stage}`);
      await setState(manager, current, 'redirected');
      const registered = await this.registration.register(
        manager,
        complaint,
        {
          stage: competent.stage,
          instanceId: competent.organizationId,
          role: competent.role,
          termWorkingDays: competent.termWorkingDays,
        },
        now,
      );
      await this.registration.notifyComplainant(
        manager,
        complaint,
        registered,
        'redirected',
        redirectionNotice(competent.role, registered.registerNumber, registered.dueDate ?? ''),
        now,
      );
      await this.events.append(manager, ComplaintsEventTypes.redirected, now, {
        ...stageFactsOf(complaint, registered),
        fromOrganizationId: current.instanceId,
        redirectedAt: now.toISOString(),
      });
      await audit(manager, caller, 'complaint.redirect', id, `to ${competent.organizationId}`, now);
    });
  }

  /**
   * Art. 19.6: by at most ten working days a stage, for an on-site (re)check or information from other
   * providers, and only while the complainant can still be told three working days before the term ends.
   */
  extend(caller: CallerIdentity, id: string, dto: ExtendTermDto): Promise<ComplaintView> {
    return this.act(id, async (manager, file, now) => {
      const { complaint, current } = file;
      assertInstanceOfficer(caller, file, current);
      assertCompetentOpen(current);
      const dueDate = current.dueDate as string;
      const lastAllowedDate = current.lastExtensionDate as string;
      const today = localDateOf(now);
      if (today > lastAllowedDate) {
        throw complaintsError(
          ComplaintsErrorCode.EXTENSION_TOO_LATE,
          `The term ends on ${dueDate}; an extension had to be noticed by ${lastAllowedDate}`,
          { dueDate, lastAllowedDate },
        );
      }
      const remaining = MAX_EXTENSION_WORKING_DAYS - current.extendedWorkingDays;
      if (dto.workingDays > remaining) {
        throw complaintsError(
          ComplaintsErrorCode.EXTENSION_OVER_LIMIT,
          `${current.extendedWorkingDays} working day(s) already added; at most ${remaining} more`,
          { alreadyExtendedWorkingDays: current.extendedWorkingDays, remainingWorkingDays: remaining },
        );
      }
      const calendar = this.calendars.current();
      const newDueDate = calendar.addWorkingDays(dueDate, dto.workingDays);
      await manager.query(
        `UPDATE complaint_stage SET due_date = $2, due_at = $3, last_extension_date = $4,
           extended_working_days = extended_working_days + $5, extension_warned_at = NULL
         WHERE id = $1`,
        [
          current.id,
          newDueDate,
          endOfLocalDay(newDueDate),
          lastExtensionDate(calendar, newDueDate),
          dto.workingDays,
        ],
      );
      await manager.query(
        `INSERT INTO complaint_extension (id, stage_id, reason, explanation, working_days, previous_due_date,
           new_due_date, requested_by, extended_at)
         VALUES ($1, $2, $3, $4::jsonb, $5, $6, $7, $8, $9)`,
        [
          randomUUID(),
          current.id,
          dto.reason,
          JSON.stringify({ kk: dto.explanation.kk, ru: dto.explanation.ru }),
          dto.workingDays,
          dueDate,
          newDueDate,
          caller.subject,
          now,
        ],
      );
      await this.registration.notifyComplainant(
        manager,
        complaint,
        current,
        'extended',
        extensionNotice(dto.reason, dto.explanation, dto.workingDays, newDueDate),
        now,
      );
      await this.events.append(manager, ComplaintsEventTypes.extended, now, {
        ...stageFactsOf(complaint, { ...current, dueDate: newDueDate }),
        reason: dto.reason,
        workingDays: dto.workingDays,
        previousDueDate: dueDate,
        extendedAt: now.toISOString(),
      });
      await audit(
        manager,
        caller,
        'complaint.extend',
        id,
        `${dto.workingDays} working day(s), ${dto.reason}`,
        now,
      );
    });
  }

  /** Art. 19.4: the motivated decision; the complainant and the quality authority are told. */
  decide(caller: CallerIdentity, id: string, dto: DecideDto): Promise<ComplaintView> {
    return this.act(id, async (manager, file, now) => {
      const { complaint, current } = file;
      assertInstanceOfficer(caller, file, current);
      assertCompetentOpen(current);
      const measures = dto.measures ?? [];
      if ((dto.outcome === 'satisfied') !== measures.length > 0) {
        throw complaintsError(ComplaintsErrorCode.MEASURES_ONLY_WHEN_SATISFIED);
      }
      const today = localDateOf(now);
      const past = measures.find((m) => m.dueDate < today);
      if (past)
        throw complaintsError(ComplaintsErrorCode.DUE_DATE_IN_PAST, undefined, { dueDate: past.dueDate });
      const reasons = { kk: dto.reasons.kk, ru: dto.reasons.ru };
      await manager.query(
        `UPDATE complaint_stage SET state = 'decided', outcome = $2, reasons = $3::jsonb, causes = $4::jsonb,
           decided_at = $5 WHERE id = $1`,
        [
          current.id,
          dto.outcome,
          JSON.stringify(reasons),
          dto.causes ? JSON.stringify({ kk: dto.causes.kk, ru: dto.causes.ru }) : null,
          now,
        ],
      );
      await manager.query(`UPDATE complaint SET status = 'decided' WHERE id = $1`, [id]);
      for (const measure of measures) {
        await manager.query(
          `INSERT INTO complaint_measure (id, stage_id, text, due_date) VALUES ($1, $2, $3::jsonb, $4)`,
          [
            randomUUID(),
            current.id,
            JSON.stringify({ kk: measure.text.kk, ru: measure.text.ru }),
            measure.dueDate,
          ],
        );
      }
      await this.registration.notifyComplainant(
        manager,
        complaint,
        current,
        'decided',
        decisionNotice(dto.outcome, reasons),
        now,
      );
      if (current.instanceRole !== 'quality_authority') {
        await this.registration.notifyQualityAuthority(
          manager,
          complaint,
          current,
          'decided',
          qualityOutcomeNotice(dto.outcome, current.registerNumber, measures.length),
          now,
        );
      }
      await this.events.append(manager, ComplaintsEventTypes.decided, now, {
        ...stageFactsOf(complaint, current),
        outcome: dto.outcome,
        decidedAt: now.toISOString(),
        onTime: current.dueAt !== null && now <= current.dueAt,
        measures: measures.length,
      });
      await audit(manager, caller, 'complaint.decide', id, dto.outcome, now);
    });
  }

  /**
   * The complainant takes the file to the next instance after a decision, or after the instance missed its
   * term (Art. 19.2-3, 19.5); a paper complainant's escalation is registered by an officer of the next
   * instance. None past the quality authority: then the court (Art. 19.7).
   */
  escalate(caller: CallerIdentity, id: string): Promise<ComplaintView> {
    return this.act(id, async (manager, file, now) => {
      const { complaint, current } = file;
      assertReader(caller, file);
      if (!current.competent) throw complaintsError(ComplaintsErrorCode.STAGE_MISADDRESSED);
      const missed = current.state === 'open' && current.dueAt !== null && now > current.dueAt;
      if (current.state !== 'decided' && !missed) {
        throw complaintsError(ComplaintsErrorCode.ESCALATION_NOT_YET, undefined, {
          dueDate: current.dueDate,
        });
      }
      const next = nextInstance(complaint.chain, current.stage);
      if (!next) {
        throw complaintsError(
          ComplaintsErrorCode.CHAIN_EXHAUSTED,
          'The quality authority was the last instance; the decision may be appealed in court',
        );
      }
      const byNextInstance =
        complaint.form === 'paper' && officerOrganizationOf(caller) === next.organizationId;
      if (!isComplainant(caller, file) && !byNextInstance) {
        throw complaintsError(ComplaintsErrorCode.INSTANCE_NOT_YOURS, undefined, {
          instanceId: next.organizationId,
        });
      }
      if (current.state === 'open') await setState(manager, current, 'closed');
      await manager.query(`UPDATE complaint SET status = 'in_review' WHERE id = $1`, [id]);
      await this.events.append(manager, ComplaintsEventTypes.escalated, now, {
        ...factsOf(complaint),
        fromStage: current.stage,
        toStage: next.stage,
        fromOrganizationId: current.instanceId,
        toOrganizationId: next.organizationId,
        escalatedAt: now.toISOString(),
      });
      await this.registration.register(
        manager,
        complaint,
        {
          stage: next.stage,
          instanceId: next.organizationId,
          role: next.role,
          termWorkingDays: next.termWorkingDays,
        },
        now,
      );
      await audit(manager, caller, 'complaint.escalate', id, `stage ${current.stage} to ${next.stage}`, now);
    });
  }

  /** Art. 19.4.3: the instance that decided records a measure restoring the recipient's rights as taken. */
  fulfilMeasure(caller: CallerIdentity, id: string, measureId: string): Promise<ComplaintView> {
    return this.act(id, async (manager, file, now) => {
      const [measure] = await manager.query<Array<{ stageId: string; fulfilledAt: Date | null }>>(
        `SELECT stage_id AS "stageId", fulfilled_at AS "fulfilledAt" FROM complaint_measure
         WHERE id = $1 AND stage_id = ANY($2::uuid[]) FOR UPDATE`,
        [measureId, file.stages.map((s) => s.id)],
      );
      const stage = file.stages.find((s) => s.id === measure?.stageId);
      if (!measure || !stage) throw complaintsError(ComplaintsErrorCode.MEASURE_NOT_FOUND);
      assertInstanceOfficer(caller, file, stage);
      if (measure.fulfilledAt) throw complaintsError(ComplaintsErrorCode.MEASURE_ALREADY_FULFILLED);
      await manager.query(`UPDATE complaint_measure SET fulfilled_at = $2 WHERE id = $1`, [measureId, now]);
      await audit(manager, caller, 'complaint.measure.fulfil', id, measureId, now);
    });
  }

  /** Loads and locks the complaint, runs the change, answers the file as it now stands. */
  private act(
    id: string,
    change: (manager: EntityManager, file: ComplaintFile, now: Date) => Promise<void>,
  ): Promise<ComplaintView> {
    return inTransaction(this.dataSource, async (manager) => {
      const file = await loadComplaint(manager, id, true);
      assertNotWithdrawn(file);
      await change(manager, file, this.clock.now());
      return this.views.of(manager, id);
    });
  }
}

function assertOpen(stage: StageRow): void {
  if (stage.state !== 'open')
    throw complaintsError(ComplaintsErrorCode.STAGE_NOT_OPEN, undefined, { state: stage.state });
}

function assertCompetentOpen(stage: StageRow): void {
  assertOpen(stage);
  if (!stage.competent) throw complaintsError(ComplaintsErrorCode.STAGE_MISADDRESSED);
}

async function setState(manager: EntityManager, stage: StageRow, state: StageRow['state']): Promise<void> {
  await manager.query(`UPDATE complaint_stage SET state = $2 WHERE id = $1`, [stage.id, state]);
}

export async function audit(
  manager: EntityManager,
  caller: CallerIdentity,
  action: string,
  complaintId: string,
  summary: string,
  now: Date,
): Promise<void> {
  await recordAudit(manager, {
    actor: caller,
    action,
    resourceType: 'complaint',
    resourceId: complaintId,
    summary,
    occurredAt: now,
  });
}
