import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import { assertOwnerOfficer, isOfficerOf } from '../common/access';
import { auditStandard } from '../common/audit';
import type { CallerIdentity } from '../common/identity';
import { registryFactsOf } from '../standards/registry-consistency';
import { assertDraftReady } from '../discussion/discussion.errors';
import { ReadModelService } from '../read-model/read-model.service';
import type { ServiceRef } from '../read-model/service-ref.entity';
import { StandardVersion } from '../standards/standard-version.entity';
import type { Standard } from '../standards/standard.entity';
import { StandardsService } from '../standards/standards.service';
import {
  agreementError,
  roundClosed,
  unresolvedApproversError,
  AgreementErrorCode,
} from './agreement.errors';
import { Approval } from './approval.entity';
import { deriveApprovers, type RequiredApprover } from './approvers';
import type { ApprovalResponseDto, ApprovalsQueryDto, DecideApprovalDto } from './dto/agreement.dto';
import { Clock, type Page, pageOf, pageRows } from '@kzps/platform';

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
    const derivation = deriveApprovers(await this.readModel.agreementFacts(manager, service), {
      publicServicesAuthority: await this.readModel.designatedAuthority(manager, 'public-services-authority'),
      informatizationAuthority: await this.readModel.designatedAuthority(
        manager,
        'informatization-authority',
      ),
    });
    if (!derivation.ok) throw unresolvedApproversError(derivation.unresolved);
    return derivation.approvers;
  }

  /** Art. 9.4: the notice goes to the interested bodies; the version waits for their agreement. */
  async start(
    manager: EntityManager,
    standard: Standard,
    version: StandardVersion,
    approvers: RequiredApprover[],
  ): Promise<void> {
    await this.openRound(manager, standard, version, approvers, 1);
  }

  /** The round the version is in: the last submission to agreement. */
  async currentRound(manager: EntityManager, versionId: string): Promise<number> {
    const [row]: Array<{ round: number | null }> = await manager.query(
      `SELECT max(round) AS round FROM approval WHERE version_id = $1`,
      [versionId],
    );
    return row?.round ?? 0;
  }

  /** Every decision on the version, every round, newest round first (who returned it and why stays). */
  async list(id: string, query: ApprovalsQueryDto): Promise<Page<ApprovalResponseDto>> {
    const { standard } = await this.standards.standardWithService(id);
    const manager = this.dataSource.manager;
    const versionId =
      standard.workingVersionId ??
      standard.inForceVersionId ??
      (await manager.findOne(StandardVersion, { where: { standardId: id }, order: { number: 'DESC' } }))?.id;
    if (!versionId) return pageOf(query, [], 0);
    const [approvals, total] = await manager.findAndCount(Approval, {
      where: { versionId, ...(query.round ? { round: query.round } : {}) },
      order: { round: 'DESC', kind: 'ASC', organizationId: 'ASC' },
      ...pageRows(query),
    });
    return pageOf(query, approvals.map(toResponse), total);
  }

  /** Each body approves, or returns the draft with remarks (back to revision, Art. 9.4). */
  async decide(
    id: string,
    approvalId: string,
    caller: CallerIdentity,
    dto: DecideApprovalDto,
  ): Promise<ApprovalResponseDto> {
    return this.dataSource.transaction(async (manager) => {
      const { standard, working } = await this.standards.lockTowardForce(manager, id);
      const approval = await manager.findOne(Approval, { where: { id: approvalId, standardId: id } });
      if (!approval) throw agreementError(AgreementErrorCode.ApprovalNotFound);
      if (!isOfficerOf(caller, approval.organizationId, approval.kind))
        throw agreementError(AgreementErrorCode.ApprovalNotTheApprover);
      if (!working || working.id !== approval.versionId || working.status !== 'agreement') {
        throw agreementError(AgreementErrorCode.NotOpen);
      }
      const round = await this.currentRound(manager, working.id);
      if (approval.round !== round) throw roundClosed(round);
      if (approval.status !== 'pending') throw agreementError(AgreementErrorCode.ApprovalAlreadyDecided);
      const now = this.clock.now();
      approval.status = dto.decision;
      approval.remarks = dto.remarks ? { kk: dto.remarks.kk, ru: dto.remarks.ru } : null;
      approval.decidedAt = now;
      approval.decidedBy = caller.subject;
      await manager.save(approval);
      await auditStandard(manager, caller, `approval.${dto.decision}`, id, now, approval.kind);
      if (dto.decision === 'returned') {
        working.status = 'revision';
        standard.status = 'revision';
        await manager.save(working);
        await manager.save(standard);
      } else {
        const undecided = await manager.count(Approval, {
          where: [
            { versionId: working.id, round, status: 'pending' },
            { versionId: working.id, round, status: 'returned' },
          ],
        });
        if (undecided === 0) {
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

  /**
   * After revising a draft an approver returned (or the Ministry of Justice refused to register), the owner
   * sends it to every body again: a new round of its own, the earlier rounds kept as they were decided.
   */
  async resubmit(id: string, caller: CallerIdentity): Promise<Page<ApprovalResponseDto>> {
    const round = await this.dataSource.transaction(async (manager) => {
      const { standard, service, working, developer } = await this.standards.lockTowardForce(manager, id);
      assertOwnerOfficer(caller, developer);
      if (!working || working.status !== 'revision' || !working.noticePublishedAt)
        throw agreementError(AgreementErrorCode.NotInRevision);
      assertDraftReady(working.content, await registryFactsOf(manager, service));
      // The registry may have changed the service since (channels, providers): derive the bodies again.
      const required = await this.requiredApprovers(manager, service);
      const previous = await this.currentRound(manager, working.id);
      // Bodies that had not decided when the round ended did not get to: that round is over for them.
      await manager.update(
        Approval,
        { versionId: working.id, round: previous, status: 'pending' },
        { status: 'superseded' },
      );
      // Art. 9.4: the revised draft is what the public reads.
      working.publishedContent = working.content;
      await this.openRound(manager, standard, working, required, previous + 1);
      await auditStandard(
        manager,
        caller,
        'agreement.resubmit',
        id,
        this.clock.now(),
        `Round ${previous + 1}`,
      );
      return previous + 1;
    });
    return this.list(id, { page: 1, size: 100, round });
  }

  private async openRound(
    manager: EntityManager,
    standard: Standard,
    version: StandardVersion,
    approvers: RequiredApprover[],
    round: number,
  ): Promise<void> {
    for (const approver of approvers) {
      await manager.insert(Approval, {
        id: randomUUID(),
        standardId: standard.id,
        versionId: version.id,
        kind: approver.kind,
        organizationId: approver.organizationId,
        status: 'pending',
        round,
        remarks: null,
        decidedAt: null,
        decidedBy: null,
      });
    }
    version.status = 'agreement';
    standard.status = 'agreement';
    await manager.save(version);
    await manager.save(standard);
  }
}
