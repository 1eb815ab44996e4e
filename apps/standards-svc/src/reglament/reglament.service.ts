import { Injectable } from '@nestjs/common';
import { StandardsEventTypes } from '@kzps/contracts';
import { randomUUID } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import { unresolvedApproversError } from '../agreement/agreement.errors';
import {
  designatedApprover,
  needsInformatizationAgreement,
  type AgreementFacts,
} from '../agreement/approvers';
import { assertOwnerOfficer, isOfficerOf, type Developer } from '../common/access';
import { auditStandard } from '../common/audit';
import type { CallerIdentity } from '../common/identity';
import { requestedDayStart } from '../clocks/requested-day';
import { TermCalendar } from '../clocks/term-calendar';
import { TermsService } from '../clocks/terms.service';
import { EventOutbox } from '../events/event-outbox';
import { ReadModelService } from '../read-model/read-model.service';
import type { ServiceRef } from '../read-model/service-ref.entity';
import { StandardVersion } from '../standards/standard-version.entity';
import { StandardsService, type LockedStandard } from '../standards/standards.service';
import type { ApproveReglamentDto, PutReglamentDto, ReglamentResponseDto } from './dto/reglament.dto';
import { Reglament, type ApprovingActKind, type ReglamentAct } from './reglament.entity';
import { actDateOutOfRange, reglamentError, stepsExceedTerm, ReglamentErrorCode } from './reglament.errors';
import { stepsFitTermOnEveryChannel } from './reglament-term';
import { reglamentText } from './reglament-text';
import { Clock } from '@kzps/platform';

/** Who adopts the reglament, and by what act (Art. 10.2-3). */
export interface ApprovingBodies {
  actKind: ApprovingActKind;
  organizationIds: string[];
}

/**
 * Art. 10.2-3, as the law words it: a service delivered by local executive bodies gets its reglament from
 * a resolution of each akimat that delivers it; any other service from an order of the central body that
 * develops the standard. An akimat the registry still names as owner from before D25 adopts it as well.
 */
export function approvingBodies(facts: AgreementFacts, service: ServiceRef): ApprovingBodies {
  if (facts.ownerKind === 'local') {
    return { actKind: 'akimat_resolution', organizationIds: [...facts.localExecutiveBodyIds].sort() };
  }
  return { actKind: 'central_body_order', organizationIds: service.ownerId ? [service.ownerId] : [] };
}

function toResponse(reglament: Reglament, bodies: ApprovingBodies): ReglamentResponseDto {
  const recorded = new Set(reglament.acts.map((a) => a.organizationId));
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
    acts: reglament.acts,
    awaitingActsFrom:
      reglament.status === 'approved' ? [] : bodies.organizationIds.filter((id) => !recorded.has(id)),
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
    private readonly calendar: TermCalendar,
    private readonly terms: TermsService,
    private readonly standards: StandardsService,
    private readonly readModel: ReadModelService,
    private readonly outbox: EventOutbox,
  ) {}

  async get(id: string): Promise<ReglamentResponseDto> {
    const { standard, service } = await this.standards.standardWithService(id);
    if (!standard.inForceVersionId) throw reglamentError(ReglamentErrorCode.NotFound);
    const manager = this.dataSource.manager;
    const reglament = await manager.findOne(Reglament, { where: { versionId: standard.inForceVersionId } });
    if (!reglament) throw reglamentError(ReglamentErrorCode.NotFound);
    return toResponse(reglament, await this.bodies(manager, service));
  }

  /**
   * Art. 10-11: the owner drafts the reglament; its steps may not take longer than the standard's term
   * (Art. 11.1.2 with Art. 8.5, in the worst case over the calendar), and a PSC service describes how the
   * PSC takes part (Art. 11.1.4). The text is fixed once any body has adopted it.
   */
  async put(id: string, caller: CallerIdentity, dto: PutReglamentDto): Promise<ReglamentResponseDto> {
    return this.dataSource.transaction(async (manager) => {
      const locked = await this.standards.lock(manager, id);
      assertOwnerOfficer(caller, locked.developer);
      const version = await this.inForce(manager, locked);
      const term = version.content.term;
      if (!term) throw reglamentError(ReglamentErrorCode.StandardNotInForce);
      const now = this.clock.now();
      const fit = stepsFitTermOnEveryChannel(
        dto.steps.map((s) => s.duration),
        term,
        locked.service.channels,
        this.calendar.workingCalendar(),
        this.calendar.localDate(now),
      );
      if (!fit.fits) throw stepsExceedTerm(fit);
      const throughPsc =
        locked.service.channels.includes('psc') || locked.service.channels.includes('specialised_psc');
      if (throughPsc && !dto.interactions.psc) throw reglamentError(ReglamentErrorCode.PscInteractionMissing);
      const existing = await manager.findOne(Reglament, { where: { versionId: version.id } });
      if (existing && (existing.status === 'approved' || existing.acts.length > 0)) {
        throw reglamentError(ReglamentErrorCode.Approved);
      }
      const facts = await this.readModel.agreementFacts(manager, locked.service);
      const bodies = approvingBodies(facts, locked.service);
      const informatizationRequired = needsInformatizationAgreement(facts);
      const informatization = informatizationRequired
        ? designatedApprover(
            'informatization_authority',
            await this.readModel.designatedAuthority(manager, 'informatization-authority'),
          )
        : undefined;
      if (informatization && !('organizationId' in informatization)) {
        throw unresolvedApproversError([informatization]);
      }
      const reglament = manager.create(Reglament, {
        id: existing?.id ?? randomUUID(),
        standardId: id,
        versionId: version.id,
        status: informatizationRequired ? 'agreement' : 'draft',
        ...reglamentText(dto),
        actKind: bodies.actKind,
        acts: [],
        informatizationRequired,
        informatizationAuthorityId: informatization?.organizationId ?? null,
        // A changed text needs a fresh agreement.
        informatizationAgreedAt: null,
        approvedAt: null,
      });
      await manager.save(reglament);
      await auditStandard(manager, caller, 'reglament.draft', id, now);
      return toResponse(reglament, bodies);
    });
  }

  /** Art. 10.4: the informatization authority agrees a reglament of an electronic or PSC service. */
  async agree(id: string, caller: CallerIdentity): Promise<ReglamentResponseDto> {
    return this.dataSource.transaction(async (manager) => {
      const locked = await this.standards.lock(manager, id);
      const version = await this.inForce(manager, locked);
      const reglament = await manager.findOne(Reglament, { where: { versionId: version.id } });
      if (!reglament) throw reglamentError(ReglamentErrorCode.NotFound);
      if (!reglament.informatizationRequired || !reglament.informatizationAuthorityId) {
        throw reglamentError(ReglamentErrorCode.InformatizationNotRequired);
      }
      if (!isOfficerOf(caller, reglament.informatizationAuthorityId, 'informatization_authority')) {
        throw reglamentError(ReglamentErrorCode.NotTheInformatizationAuthority);
      }
      if (reglament.status === 'approved') throw reglamentError(ReglamentErrorCode.Approved);
      const now = this.clock.now();
      reglament.informatizationAgreedAt = now;
      reglament.status = 'draft';
      await manager.save(reglament);
      await auditStandard(manager, caller, 'reglament.agree', id, now);
      return toResponse(reglament, await this.bodies(manager, locked.service));
    });
  }

  /**
   * Art. 10.1-3: each approving body records its act (the owner's order, or each akimat's resolution). The
   * reglament is approved, and the one-month term met, when the last of them has.
   */
  async approve(id: string, caller: CallerIdentity, dto: ApproveReglamentDto): Promise<ReglamentResponseDto> {
    return this.dataSource.transaction(async (manager) => {
      const locked = await this.standards.lock(manager, id);
      const bodies = await this.bodies(manager, locked.service);
      const organizationId = this.approvingBodyOf(caller, locked.developer, bodies);
      const version = await this.inForce(manager, locked);
      const reglament = await manager.findOne(Reglament, { where: { versionId: version.id } });
      if (!reglament) throw reglamentError(ReglamentErrorCode.NotFound);
      if (reglament.status === 'approved') throw reglamentError(ReglamentErrorCode.Approved);
      if (reglament.informatizationRequired && !reglament.informatizationAgreedAt) {
        throw reglamentError(ReglamentErrorCode.InformatizationAgreementMissing);
      }
      if (reglament.acts.some((a) => a.organizationId === organizationId)) {
        throw reglamentError(ReglamentErrorCode.ActAlreadyRecorded);
      }
      const now = this.clock.now();
      this.checkActDate(dto.actDate, version, now);
      const act: ReglamentAct = {
        organizationId,
        actNumber: dto.actNumber,
        actDate: dto.actDate,
        approvedAt: now.toISOString(),
        approvedBy: caller.subject,
      };
      reglament.acts = [...reglament.acts, act];
      const recorded = new Set(reglament.acts.map((a) => a.organizationId));
      const complete = bodies.organizationIds.every((body) => recorded.has(body));
      if (complete) {
        reglament.status = 'approved';
        reglament.approvedAt = now;
      }
      await manager.save(reglament);
      await auditStandard(
        manager,
        caller,
        'reglament.approve',
        id,
        now,
        `Act No. ${dto.actNumber} of ${dto.actDate}`,
      );
      if (complete) {
        // Art. 10.1: met on the day the last act was adopted, whenever it was entered here.
        const lastActDate = reglament.acts.map((a) => a.actDate).reduce((a, b) => (a > b ? a : b));
        await this.terms.meet(manager, id, 'reglament', version.id, this.calendar.startOfDay(lastActDate));
      }
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
          approvingOrganizationId: organizationId,
          complete,
        },
      });
      return toResponse(reglament, bodies);
    });
  }

  private async bodies(manager: EntityManager, service: ServiceRef): Promise<ApprovingBodies> {
    return approvingBodies(await this.readModel.agreementFacts(manager, service), service);
  }

  /** The approving body the caller acts for: the owner's officer for an order, an akimat's for its resolution. */
  private approvingBodyOf(caller: CallerIdentity, developer: Developer, bodies: ApprovingBodies): string {
    if (bodies.actKind === 'central_body_order') {
      assertOwnerOfficer(caller, developer);
      return caller.organizationId ?? '';
    }
    const body = bodies.organizationIds.find((id) => isOfficerOf(caller, id, 'local_executive_body'));
    if (!body) throw reglamentError(ReglamentErrorCode.NotAnApprovingBody);
    return body;
  }

  /** The act is adopted after the standard came into force and not later than today. */
  private checkActDate(actDate: string, version: StandardVersion, now: Date): void {
    requestedDayStart(this.calendar, actDate, 'actDate');
    const earliest = version.inForceFrom ? this.calendar.localDate(version.inForceFrom) : undefined;
    const today = this.calendar.localDate(now);
    if ((earliest && actDate < earliest) || actDate > today) {
      throw actDateOutOfRange(actDate, earliest, today);
    }
  }

  private async inForce(manager: EntityManager, locked: LockedStandard): Promise<StandardVersion> {
    if (!locked.standard.inForceVersionId) throw reglamentError(ReglamentErrorCode.StandardNotInForce);
    return manager.findOneOrFail(StandardVersion, { where: { id: locked.standard.inForceVersionId } });
  }
}
