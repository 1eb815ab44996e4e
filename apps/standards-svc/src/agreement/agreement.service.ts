import { auditStandard } from '../common/audit';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import { assertOwnerOfficer, isOfficerOf } from '../common/access';
import type { CallerIdentity } from '../common/identity';
import type { Page } from '../common/page.dto';
import { Clock } from '../clocks/clock';
import { discussionError } from '../discussion/discussion.errors';
import { ReadModelService } from '../read-model/read-model.service';
import type { ServiceRef } from '../read-model/service-ref.entity';
import type { Standard } from '../standards/standard.entity';
import type { StandardVersion } from '../standards/standard-version.entity';
import { missingItems } from '../standards/standard-content';
import { StandardsService } from '../standards/standards.service';
import { Approval } from './approval.entity';
import { agreementError } from './agreement.errors';
import { deriveApprovers, type RequiredApprover } from './approvers';
import type { ApprovalResponseDto, DecideApprovalDto } from './dto/agreement.dto';

function toResponse(approval: Approval): ApprovalResponseDto {
  return {
    id: approval.id,
    versionId: approval.versionId,
    kind: approval.kind,
    organizationId: approval.organizationId,
    status: approval.status,
    round: approval.round,
    remarks: approval.remarks,
    decidedAt: approval.decidedAt ? approval.decidedAt.toISOString() : null,
  };
}

@Injectable()
export class AgreementService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly standards: StandardsService,
    private readonly readModel: ReadModelService,
  ) {}

  /** The bodies that must agree this service's standard (Art. 7.1, 7.3), from the read model. */
  async requiredApprovers(manager: EntityManager, service: ServiceRef): Promise<RequiredApprover[]> {
    const derivation = deriveApprovers(
      await this.readModel.agreementFacts(manager, service),
      await this.readModel.authorities(manager),
    );
    if (!derivation.ok) {
      throw agreementError('APPROVER_UNKNOWN', `Not yet known: ${derivation.unknown.join(', ')}`, {
        unknownApprovers: derivation.unknown,
      });
    }
    return derivation.approvers;
  }

  /** Art. 9.4: the notice goes to the interested bodies; the version waits for their agreement. */
  async start(
    manager: EntityManager,
    standard: Standard,
    version: StandardVersion,
    approvers: RequiredApprover[],
  ): Promise<void> {
    for (const approver of approvers) {
      await manager.insert(Approval, this.newApproval(standard.id, version.id, approver));
    }
    version.status = 'agreement';
    standard.status = 'agreement';
    await manager.save(version);
    await manager.save(standard);
  }

  private newApproval(standardId: string, versionId: string, approver: RequiredApprover): Approval {
    return Object.assign(new Approval(), {
      id: randomUUID(),
      standardId,
      versionId,
      kind: approver.kind,
      organizationId: approver.organizationId,
      status: 'pending',
      round: 1,
      remarks: null,
      decidedAt: null,
      decidedBy: null,
    });
  }

  async list(id: string): Promise<Page<ApprovalResponseDto>> {
    const { standard } = await this.standards.standardWithService(id);
    const versionId = standard.workingVersionId ?? standard.inForceVersionId;
    const approvals = versionId
      ? await this.dataSource.manager.find(Approval, {
          where: { versionId },
          order: { kind: 'ASC', organizationId: 'ASC' },
        })
      : [];
    return {
      items: approvals.map(toResponse),
      total: approvals.length,
      page: 1,
      size: Math.max(approvals.length, 1),
    };
  }

  /** Each body approves, or returns the draft with remarks (back to revision, Art. 9.4). */
  async decide(
    id: string,
    approvalId: string,
    caller: CallerIdentity,
    dto: DecideApprovalDto,
  ): Promise<ApprovalResponseDto> {
    return this.dataSource.transaction(async (manager) => {
      const { standard, working } = await this.standards.lock(manager, id);
      const approval = await manager.findOne(Approval, { where: { id: approvalId, standardId: id } });
      if (!approval) throw agreementError('APPROVAL_NOT_FOUND');
      if (!isOfficerOf(caller, approval.organizationId, approval.kind))
        throw agreementError('NOT_THE_APPROVER');
      if (!working || working.id !== approval.versionId || working.status !== 'agreement') {
        throw agreementError('NOT_IN_AGREEMENT');
      }
      if (approval.status !== 'pending') throw agreementError('ALREADY_DECIDED');
      const now = this.clock.now();
      approval.status = dto.decision;
      approval.remarks = dto.remarks ?? null;
      approval.decidedAt = now;
      approval.decidedBy = caller?.subject ?? null;
      await manager.save(approval);
      await auditStandard(manager, caller, `approval.${dto.decision}`, id, now, approval.kind);
      if (dto.decision === 'returned') {
        working.status = 'revision';
        standard.status = 'revision';
        await manager.save(working);
        await manager.save(standard);
      } else {
        const pending = await manager.count(Approval, {
          where: { versionId: working.id, status: 'pending' },
        });
        const returned = await manager.count(Approval, {
          where: { versionId: working.id, status: 'returned' },
        });
        if (pending === 0 && returned === 0) {
          // Art. 7.2: agreed by every required body, the standard goes to the Ministry of Justice.
          working.status = 'registration';
          standard.status = 'registration';
          await manager.save(working);
          await manager.save(standard);
        }
      }
      return toResponse(approval);
    });
  }

  /** After revising a returned draft, the owner sends it back to every body for a new round. */
  async resubmit(id: string, caller: CallerIdentity): Promise<Page<ApprovalResponseDto>> {
    await this.dataSource.transaction(async (manager) => {
      const { standard, service, working } = await this.standards.lock(manager, id);
      assertOwnerOfficer(caller, service.ownerId);
      if (!working || working.status !== 'revision' || !working.noticePublishedAt)
        throw agreementError('NOT_IN_REVISION');
      const missing = missingItems(working.content);
      if (missing.length > 0) throw discussionError('DRAFT_INCOMPLETE', undefined, { missingItems: missing });
      // The registry may have changed the service since (channels, providers): derive the bodies again.
      const required = await this.requiredApprovers(manager, service);
      const existing = await manager.find(Approval, { where: { versionId: working.id } });
      const round = Math.max(0, ...existing.map((a) => a.round)) + 1;
      const key = (a: { kind: string; organizationId: string }): string => `${a.kind}/${a.organizationId}`;
      const stale = existing.filter((a) => !required.some((r) => key(r) === key(a)));
      if (stale.length > 0) await manager.remove(stale);
      for (const approver of required) {
        const approval =
          existing.find((a) => key(a) === key(approver)) ??
          this.newApproval(standard.id, working.id, approver);
        approval.status = 'pending';
        approval.round = round;
        approval.remarks = null;
        approval.decidedAt = null;
        approval.decidedBy = null;
        await manager.save(approval);
      }
      // Art. 9.4: the revised draft is what the public reads.
      working.publishedContent = working.content;
      working.status = 'agreement';
      standard.status = 'agreement';
      await manager.save(working);
      await manager.save(standard);
      await auditStandard(manager, caller, 'agreement.resubmit', id, this.clock.now(), `Round ${round}`);
    });
    return this.list(id);
  }
}
