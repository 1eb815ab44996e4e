import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { endOfLocalDay, localDateOf } from '@kzps/calendar';
import { ComplaintsEventTypes } from '@kzps/contracts';
import { inTransaction } from '@kzps/db';
import { Clock } from '@kzps/platform';
import { DataSource } from 'typeorm';
import { officerOrganizationOf, type CallerIdentity } from '../common/identity';
import { ComplaintEvents, factsOf } from '../events/complaint-events';
import { assertInstanceOfficer, assertReader } from './complaint-access';
import { loadComplaint, REQUIREMENT_COLUMNS, type RequirementRow } from './complaint-record';
import { requirementViewOf, type RequirementView } from './complaint-view';
import { complaintsError, ComplaintsErrorCode } from './complaints.errors';
import type { IssueRequirementDto } from './dto/review.dto';
import { audit } from './review.service';

/** Art. 19.5.2-3: the quality authority's requirements to restore rights, and the control of them. */
@Injectable()
export class RequirementsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly events: ComplaintEvents,
  ) {}

  /** Issued by the quality authority after its own review, to the provider or owner of the chain. */
  issue(caller: CallerIdentity, id: string, dto: IssueRequirementDto): Promise<RequirementView> {
    return inTransaction(this.dataSource, async (manager) => {
      const now = this.clock.now();
      const file = await loadComplaint(manager, id, true);
      const { complaint } = file;
      assertReader(caller, file);
      if (officerOrganizationOf(caller) !== complaint.qualityAuthorityId) {
        throw complaintsError(ComplaintsErrorCode.INSTANCE_NOT_YOURS, undefined, {
          instanceId: complaint.qualityAuthorityId,
        });
      }
      const qualityStage = file.stages.find((s) => s.instanceRole === 'quality_authority' && s.competent);
      if (qualityStage?.state !== 'decided') {
        throw complaintsError(ComplaintsErrorCode.REQUIREMENT_NOT_AFTER_QUALITY_REVIEW);
      }
      const addressee = complaint.chain.find(
        (i) => i.organizationId === dto.addresseeId && i.role !== 'quality_authority',
      );
      if (!addressee) {
        throw complaintsError(ComplaintsErrorCode.REQUIREMENT_ADDRESSEE_NOT_IN_CHAIN, undefined, {
          candidates: complaint.chain
            .filter((i) => i.role !== 'quality_authority')
            .map((i) => i.organizationId),
        });
      }
      if (dto.dueDate < localDateOf(now)) {
        throw complaintsError(ComplaintsErrorCode.DUE_DATE_IN_PAST, undefined, { dueDate: dto.dueDate });
      }
      const [row] = await manager.query<RequirementRow[]>(
        `INSERT INTO complaint_requirement (id, complaint_id, stage_id, addressee_id, text, due_date, due_at, issued_at)
         VALUES ($1, $2, $3, $4, $5::jsonb, $6, $7, $8) RETURNING ${REQUIREMENT_COLUMNS}`,
        [
          randomUUID(),
          id,
          qualityStage.id,
          dto.addresseeId,
          JSON.stringify({ kk: dto.text.kk, ru: dto.text.ru }),
          dto.dueDate,
          endOfLocalDay(dto.dueDate),
          now,
        ],
      );
      if (!row) throw new Error('the requirement was not written');
      await this.events.append(manager, ComplaintsEventTypes.requirementIssued, now, {
        ...factsOf(complaint),
        requirementId: row.id,
        addresseeOrganizationId: row.addresseeId,
        dueDate: row.dueDate,
        issuedAt: now.toISOString(),
      });
      await audit(
        manager,
        caller,
        'complaint.requirement.issue',
        id,
        `to ${dto.addresseeId} by ${dto.dueDate}`,
        now,
      );
      return requirementViewOf(row);
    });
  }

  /** The quality authority records that its requirement was fulfilled (Art. 19.5.3). */
  fulfil(caller: CallerIdentity, id: string, requirementId: string): Promise<RequirementView> {
    return inTransaction(this.dataSource, async (manager) => {
      const now = this.clock.now();
      const file = await loadComplaint(manager, id, true);
      const [requirement] = await manager.query<RequirementRow[]>(
        `SELECT ${REQUIREMENT_COLUMNS} FROM complaint_requirement WHERE id = $1 AND complaint_id = $2 FOR UPDATE`,
        [requirementId, id],
      );
      const stage = file.stages.find((s) => s.id === requirement?.stageId);
      if (!requirement || !stage) {
        throw complaintsError(ComplaintsErrorCode.REQUIREMENT_NOT_FOUND);
      }
      assertInstanceOfficer(caller, file, stage);
      if (requirement.fulfilledAt) throw complaintsError(ComplaintsErrorCode.REQUIREMENT_ALREADY_FULFILLED);
      await manager.query(`UPDATE complaint_requirement SET fulfilled_at = $2 WHERE id = $1`, [
        requirementId,
        now,
      ]);
      await this.events.append(manager, ComplaintsEventTypes.requirementFulfilled, now, {
        ...factsOf(file.complaint),
        requirementId,
        addresseeOrganizationId: requirement.addresseeId,
        dueDate: requirement.dueDate,
        fulfilledAt: now.toISOString(),
        onTime: now <= requirement.dueAt,
      });
      await audit(manager, caller, 'complaint.requirement.fulfil', id, requirementId, now);
      return requirementViewOf({ ...requirement, fulfilledAt: now });
    });
  }
}
