import { auditStandard } from '../common/audit';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { needsInformatizationAgreement } from '../agreement/approvers';
import { agreementError } from '../agreement/agreement.errors';
import { assertOwnerOfficer, isOfficerOf } from '../common/access';
import type { CallerIdentity } from '../common/identity';
import { Clock } from '../clocks/clock';
import { TermsService } from '../clocks/terms.service';
import { EventOutbox } from '../events/event-outbox';
import { StandardsEventTypes } from '@kzps/contracts';
import { ReadModelService } from '../read-model/read-model.service';
import { StandardVersion } from '../standards/standard-version.entity';
import { StandardsService, type LockedStandard } from '../standards/standards.service';
import type { ApproveReglamentDto, PutReglamentDto, ReglamentResponseDto } from './dto/reglament.dto';
import { Reglament } from './reglament.entity';
import { reglamentError } from './reglament.errors';
import { stepsFitTerm } from './reglament-term';

function toResponse(reglament: Reglament): ReglamentResponseDto {
  return {
    id: reglament.id,
    standardId: reglament.standardId,
    versionId: reglament.versionId,
    status: reglament.status,
    generalProvisions: reglament.generalProvisions,
    steps: reglament.steps.map((s) => ({ ...s, informationSystem: s.informationSystem ?? undefined })),
    interactions: {
      internal: reglament.interactions.internal,
      psc: reglament.interactions.psc ?? undefined,
      otherBodies: reglament.interactions.otherBodies ?? undefined,
    },
    actKind: reglament.actKind,
    actNumber: reglament.actNumber,
    actDate: reglament.actDate,
    informatizationRequired: reglament.informatizationRequired,
    informatizationAgreedAt: reglament.informatizationAgreedAt
      ? reglament.informatizationAgreedAt.toISOString()
      : null,
    approvedAt: reglament.approvedAt ? reglament.approvedAt.toISOString() : null,
  };
}

/** Ch. 4: the reglament of the standard version in force. */
@Injectable()
export class ReglamentService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly terms: TermsService,
    private readonly standards: StandardsService,
    private readonly readModel: ReadModelService,
    private readonly outbox: EventOutbox,
  ) {}

  async get(id: string): Promise<ReglamentResponseDto> {
    const { standard } = await this.standards.standardWithService(id);
    if (!standard.inForceVersionId) throw reglamentError('REGLAMENT_NOT_FOUND');
    const reglament = await this.dataSource.manager.findOne(Reglament, {
      where: { versionId: standard.inForceVersionId },
    });
    if (!reglament) throw reglamentError('REGLAMENT_NOT_FOUND');
    return toResponse(reglament);
  }

  /**
   * Art. 10-11: the owner drafts the reglament; its steps may not take longer than the standard's term
   * (Art. 11.1.2 with Art. 8.5), and a PSC service describes how the PSC takes part (Art. 11.1.4).
   */
  async put(id: string, caller: CallerIdentity, dto: PutReglamentDto): Promise<ReglamentResponseDto> {
    return this.dataSource.transaction(async (manager) => {
      const locked = await this.standards.lock(manager, id);
      assertOwnerOfficer(caller, locked.service.ownerId);
      const version = await this.inForce(locked);
      const term = version.content.term;
      if (!term) throw reglamentError('NO_STANDARD_IN_FORCE');
      const fit = stepsFitTerm(
        dto.steps.map((s) => s.duration),
        term,
      );
      if (!fit.fits) {
        throw reglamentError(
          'STEPS_EXCEED_TERM',
          `The steps take ${fit.total} ${fit.unit}; the standard allows ${fit.limit}`,
          {
            stepsTotal: fit.total,
            termLimit: fit.limit,
            termUnit: fit.unit,
            incomparableSteps: fit.incomparableSteps,
          },
        );
      }
      const throughPsc =
        locked.service.channels.includes('psc') || locked.service.channels.includes('specialised_psc');
      if (throughPsc && !dto.interactions.psc) throw reglamentError('PSC_INTERACTION_MISSING');
      const existing = await manager.findOne(Reglament, { where: { versionId: version.id } });
      if (existing?.status === 'approved') throw reglamentError('REGLAMENT_APPROVED');
      const facts = await this.readModel.agreementFacts(manager, locked.service);
      const informatizationRequired = needsInformatizationAgreement(facts);
      const authorities = informatizationRequired ? await this.readModel.authorities(manager) : {};
      if (informatizationRequired && !authorities.informatizationAuthorityId) {
        throw agreementError('APPROVER_UNKNOWN', 'Not yet known: informatization_authority', {
          unknownApprovers: ['informatization_authority'],
        });
      }
      const reglament = manager.create(Reglament, {
        id: existing?.id ?? randomUUID(),
        standardId: id,
        versionId: version.id,
        status: informatizationRequired ? 'agreement' : 'draft',
        generalProvisions: { kk: dto.generalProvisions.kk, ru: dto.generalProvisions.ru },
        steps: dto.steps.map((s, index) => ({
          order: index + 1,
          title: { kk: s.title.kk, ru: s.title.ru },
          responsibleUnit: { kk: s.responsibleUnit.kk, ru: s.responsibleUnit.ru },
          officialRole: { kk: s.officialRole.kk, ru: s.officialRole.ru },
          informationSystem: s.informationSystem ?? null,
          duration: { value: s.duration.value, unit: s.duration.unit },
        })),
        interactions: {
          internal: { kk: dto.interactions.internal.kk, ru: dto.interactions.internal.ru },
          psc: dto.interactions.psc ? { kk: dto.interactions.psc.kk, ru: dto.interactions.psc.ru } : null,
          otherBodies: dto.interactions.otherBodies
            ? { kk: dto.interactions.otherBodies.kk, ru: dto.interactions.otherBodies.ru }
            : null,
        },
        // Art. 10.2-3: an order of the central body, or an akimat resolution for local services.
        actKind: facts.ownerKind === 'local' ? 'akimat_resolution' : 'central_body_order',
        actNumber: null,
        actDate: null,
        informatizationRequired,
        informatizationAuthorityId: authorities.informatizationAuthorityId ?? null,
        // A changed text needs a fresh agreement.
        informatizationAgreedAt: null,
        approvedAt: null,
      });
      await manager.save(reglament);
      await auditStandard(manager, caller, 'reglament.draft', id, this.clock.now());
      return toResponse(reglament);
    });
  }

  /** Art. 10.4: the informatization authority agrees a reglament of an electronic or PSC service. */
  async agree(id: string, caller: CallerIdentity): Promise<ReglamentResponseDto> {
    return this.dataSource.transaction(async (manager) => {
      const locked = await this.standards.lock(manager, id);
      const version = await this.inForce(locked);
      const reglament = await manager.findOne(Reglament, { where: { versionId: version.id } });
      if (!reglament) throw reglamentError('REGLAMENT_NOT_FOUND');
      if (!reglament.informatizationRequired || !reglament.informatizationAuthorityId) {
        throw reglamentError('INFORMATIZATION_NOT_REQUIRED');
      }
      if (!isOfficerOf(caller, reglament.informatizationAuthorityId, 'informatization_authority')) {
        throw reglamentError('NOT_THE_INFORMATIZATION_AUTHORITY');
      }
      if (reglament.status === 'approved') throw reglamentError('REGLAMENT_APPROVED');
      reglament.informatizationAgreedAt = this.clock.now();
      reglament.status = 'draft';
      await manager.save(reglament);
      await auditStandard(
        manager,
        caller,
        'reglament.agree',
        id,
        reglament.informatizationAgreedAt ?? this.clock.now(),
      );
      return toResponse(reglament);
    });
  }

  /** Art. 10.1-3: approval by the owner's act; meets the one-month term. */
  async approve(id: string, caller: CallerIdentity, dto: ApproveReglamentDto): Promise<ReglamentResponseDto> {
    return this.dataSource.transaction(async (manager) => {
      const locked = await this.standards.lock(manager, id);
      assertOwnerOfficer(caller, locked.service.ownerId);
      const version = await this.inForce(locked);
      const reglament = await manager.findOne(Reglament, { where: { versionId: version.id } });
      if (!reglament) throw reglamentError('REGLAMENT_NOT_FOUND');
      if (reglament.status === 'approved') throw reglamentError('REGLAMENT_APPROVED');
      if (reglament.informatizationRequired && !reglament.informatizationAgreedAt) {
        throw reglamentError('INFORMATIZATION_AGREEMENT_MISSING');
      }
      const now = this.clock.now();
      reglament.status = 'approved';
      reglament.actNumber = dto.actNumber;
      reglament.actDate = dto.actDate;
      reglament.approvedAt = now;
      await manager.save(reglament);
      await auditStandard(
        manager,
        caller,
        'reglament.approve',
        id,
        now,
        `Act No. ${dto.actNumber} of ${dto.actDate}`,
      );
      await this.terms.meet(manager, id, 'reglament', version.id, now);
      await this.outbox.append(manager, {
        type: StandardsEventTypes.reglamentApproved,
        subject: id,
        data: {
          standardId: id,
          serviceId: locked.standard.serviceId,
          versionId: version.id,
          reglamentId: reglament.id,
          actKind: reglament.actKind,
          actNumber: dto.actNumber,
          actDate: dto.actDate,
          approvedAt: now.toISOString(),
        },
      });
      return toResponse(reglament);
    });
  }

  private async inForce(locked: LockedStandard): Promise<StandardVersion> {
    if (!locked.standard.inForceVersionId) throw reglamentError('NO_STANDARD_IN_FORCE');
    return this.dataSource.manager.findOneOrFail(StandardVersion, {
      where: { id: locked.standard.inForceVersionId },
    });
  }
}
