import { Injectable } from '@nestjs/common';
import { StandardsEventTypes, type StandardInForceV1 } from '@kzps/contracts';
import { randomUUID } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import { assertJusticeOfficer } from '../common/access';
import { auditStandard } from '../common/audit';
import type { CallerIdentity } from '../common/identity';
import { requestedDayStart } from '../clocks/requested-day';
import { TermCalendar } from '../clocks/term-calendar';
import { STANDARD_SCOPE, TermsService } from '../clocks/terms.service';
import { EventOutbox } from '../events/event-outbox';
import { InformationUpdatesService } from '../information/information-updates.service';
import { ReadModelService } from '../read-model/read-model.service';
import type { ServiceRef } from '../read-model/service-ref.entity';
import { assertAgreesWithRegistry, registryFactsOf } from '../standards/registry-consistency';
import { countingPerChannel } from '../standards/acceptance-day';
import type { Channel, DeliveryTerm } from '../standards/standard-content';
import { StandardVersion } from '../standards/standard-version.entity';
import { standardsError, StandardsErrorCode } from '../standards/standards.errors';
import { StandardsService } from '../standards/standards.service';
import type {
  RefuseRegistrationDto,
  RefusalResponseDto,
  RegisterStandardDto,
  RegistrationResponseDto,
} from './dto/registration.dto';
import { lastAgreementDay } from './agreement-day';
import type { ApprovingAct } from './approving-act';
import { approvingActError, ApprovingActErrorCode } from './approving-act.errors';
import { RegistrationRefusal } from './registration-refusal.entity';
import {
  registrationBeforeAgreement,
  registrationBeforeApprovingAct,
  registrationBeforePreviousVersion,
  registrationError,
  registrationInFuture,
  registrationNumberTaken,
  RegistrationErrorCode,
} from './registration.errors';
import { Clock, type Page, pageOf, type PageQueryDto, pageRows } from '@kzps/platform';

function toResponse(version: StandardVersion): RegistrationResponseDto {
  if (!version.registrationNumber || !version.registrationDate || !version.inForceFrom) {
    throw registrationError(RegistrationErrorCode.NotFound);
  }
  return {
    standardId: version.standardId,
    versionId: version.id,
    kind: version.kind,
    number: version.registrationNumber,
    date: version.registrationDate,
    inForceFrom: version.inForceFrom.toISOString(),
    // Versions registered before the act was recorded here have none.
    approvingAct: version.approvingAct ? actOf(version.approvingAct) : null,
  };
}

/** The act as events and answers carry it: what it is, not who entered it here. */
function actOf(act: ApprovingAct): Pick<ApprovingAct, 'kind' | 'number' | 'date' | 'title'> {
  return { kind: act.kind, number: act.number, date: act.date, title: act.title };
}

function toRefusalResponse(refusal: RegistrationRefusal): RefusalResponseDto {
  return {
    id: refusal.id,
    standardId: refusal.standardId,
    versionId: refusal.versionId,
    reasons: refusal.reasons,
    refusedAt: refusal.refusedAt.toISOString(),
  };
}

/**
 * Art. 8.5 with Art. 14.1: the standard's term and, per channel, whether the day of acceptance counts. The
 * v1 flag is the PSC channels' rule, which is what consumers before `perChannel` applied it to.
 */
function termOfChannels(term: DeliveryTerm, channels: readonly Channel[]): StandardInForceV1['term'] {
  const perChannel = countingPerChannel(channels);
  return {
    value: term.value,
    unit: term.unit,
    acceptanceDayCounts: perChannel.some((rule) => rule.acceptanceDayCounts),
    perChannel,
  };
}

/**
 * The content applications-svc needs to accept applications under the standard (Art. 8). The owner and
 * providers are the registry's (the draft was checked against them at every step, Art. 6.2).
 */
export function inForcePayload(
  version: StandardVersion,
  service: ServiceRef,
  inForceFrom: Date,
): StandardInForceV1 {
  const c = version.content;
  if (!c.term || !c.registrationTerm || !c.queueWait || !c.fee || !c.resultForms) {
    // The notice and every resubmission checked completeness; reaching here is a bug, not a user error.
    throw new Error(`Version ${version.id} reached registration incomplete`);
  }
  if (!service.ownerId) throw standardsError(StandardsErrorCode.OwnerUnknown);
  return {
    standardId: version.standardId,
    serviceId: service.id,
    versionId: version.id,
    versionNumber: version.number,
    registrationNumber: version.registrationNumber ?? '',
    registrationDate: version.registrationDate ?? '',
    inForceFrom: inForceFrom.toISOString(),
    ownerOrganizationId: service.ownerId,
    providerOrganizationIds: service.providerIds,
    channels: service.channels,
    resultForms: c.resultForms,
    term: termOfChannels(c.term, service.channels),
    registrationTerm: c.registrationTerm,
    queueWait: c.queueWait,
    fee: {
      free: c.fee.free,
      amountKzt: c.fee.free ? null : (c.fee.amountKzt ?? null),
      paymentMethods: c.fee.paymentMethods,
      legalBasis: c.fee.legalBasis,
    },
    documents: (c.documents ?? []).map((d) => ({
      name: d.name,
      mandatory: d.mandatory,
      form: d.form,
      perChannel: d.perChannel ?? [],
    })),
    refusalGrounds: (c.refusalGrounds ?? []).map((g) => ({ text: g.text, legalBasis: g.legalBasis ?? null })),
    basis: {
      kind: version.basisKind,
      reference: version.basisReference,
      recommendationId: version.basisRecommendationId,
    },
    ...(version.approvingAct ? { approvingAct: actOf(version.approvingAct) } : {}),
  };
}

@Injectable()
export class RegistrationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly calendar: TermCalendar,
    private readonly terms: TermsService,
    private readonly standards: StandardsService,
    private readonly readModel: ReadModelService,
    private readonly outbox: EventOutbox,
    private readonly informationUpdates: InformationUpdatesService,
  ) {}

  /**
   * Art. 7.2: the Ministry of Justice registers an agreed version; it enters into force from the day of
   * registration, the version it replaces is superseded (or, for a cancellation, the standard ends), and the
   * Art. 17.2 and Art. 10.1 terms start.
   */
  async register(
    id: string,
    caller: CallerIdentity,
    dto: RegisterStandardDto,
  ): Promise<RegistrationResponseDto> {
    return this.dataSource.transaction(async (manager) => {
      await this.assertMinistryOfficer(manager, caller);
      const { standard, service, working } = await this.standards.lockTowardForce(manager, id);
      if (!working || working.status !== 'registration')
        throw registrationError(RegistrationErrorCode.NotAgreed);
      const now = this.clock.now();
      const previous = standard.inForceVersionId
        ? await manager.findOneOrFail(StandardVersion, { where: { id: standard.inForceVersionId } })
        : null;
      const act = working.approvingAct;
      if (!act) throw approvingActError(ApprovingActErrorCode.Missing);
      const inForceFrom = await this.checkRegistration(manager, working, previous, dto, now);
      if (dto.date < act.date) throw registrationBeforeApprovingAct(dto.date, act.date);
      // Art. 7.1, 10.1: the legal facts are dated by the act, not by the moment it was entered here.
      const adoptedOn = this.calendar.startOfDay(act.date);
      // The registry may have changed the service since agreement: nothing that disagrees reaches delivery.
      assertAgreesWithRegistry(working.content, await registryFactsOf(manager, service));
      working.registrationNumber = dto.number;
      working.registrationDate = dto.date;
      working.inForceFrom = inForceFrom;
      working.publishedContent = working.content;
      standard.workingVersionId = null;
      switch (working.kind) {
        case 'adoption':
        case 'amendment':
          await this.enterIntoForce(manager, working, previous, service, inForceFrom);
          working.status = 'in_force';
          standard.inForceVersionId = working.id;
          standard.status = 'in_force';
          break;
        case 'cancellation':
          if (previous) {
            previous.status = 'cancelled';
            previous.inForceUntil = inForceFrom;
            await manager.save(previous);
          }
          working.status = 'cancelled';
          working.inForceUntil = inForceFrom;
          standard.inForceVersionId = null;
          standard.cancelled = true;
          standard.status = 'cancelled';
          await this.outbox.append(manager, {
            type: StandardsEventTypes.standardCancelled,
            subject: standard.id,
            data: {
              standardId: standard.id,
              serviceId: standard.serviceId,
              cancelledVersionId: previous?.id ?? working.id,
              registrationNumber: dto.number,
              registrationDate: dto.date,
              cancelledFrom: inForceFrom.toISOString(),
              basis: {
                kind: working.basisKind,
                reference: working.basisReference,
                recommendationId: working.basisRecommendationId,
              },
              approvingAct: actOf(act),
            },
          });
          break;
      }
      await manager.save(working);
      await manager.save(standard);
      await auditStandard(manager, caller, 'register', standard.id, now, `No. ${dto.number} of ${dto.date}`);
      // The replaced or cancelled version's own terms (its reglament) no longer apply.
      if (previous) await this.terms.lapse(manager, standard.id, previous.id);
      // A cancelled standard needs no alignment with the law (Art. 25): that term stops applying.
      if (working.kind === 'cancellation') await this.terms.lapse(manager, standard.id, STANDARD_SCOPE);
      // Art. 17.2: public information follows every adoption, change and cancellation.
      await this.terms.openAdoptionTerms(
        manager,
        standard.id,
        working.id,
        inForceFrom,
        working.kind !== 'cancellation' ? adoptedOn : null,
      );
      // Art. 17.2: the owner and each provider confirm their own update within those three working days.
      await this.informationUpdates.open(manager, working, service);
      if (working.kind === 'adoption') {
        await this.terms.meet(manager, standard.id, 'standard_adoption', STANDARD_SCOPE, adoptedOn);
      }
      // Art. 25: a standard in force before the law is aligned with it by an amendment, on the act's date.
      if (working.kind === 'amendment') {
        await this.terms.meet(manager, standard.id, 'transition_alignment', STANDARD_SCOPE, adoptedOn);
      }
      return toResponse(working);
    });
  }

  /**
   * Art. 7.2: the Ministry of Justice refuses to register, with its reasons in Kazakh and Russian. The
   * version goes back to revision; the owner revises it and resubmits it to a new round of agreement.
   */
  async refuse(id: string, caller: CallerIdentity, dto: RefuseRegistrationDto): Promise<RefusalResponseDto> {
    return this.dataSource.transaction(async (manager) => {
      await this.assertMinistryOfficer(manager, caller);
      const { standard, working } = await this.standards.lock(manager, id);
      if (!working || working.status !== 'registration')
        throw registrationError(RegistrationErrorCode.NotPending);
      const now = this.clock.now();
      const refusal = manager.create(RegistrationRefusal, {
        id: randomUUID(),
        standardId: standard.id,
        versionId: working.id,
        reasons: { kk: dto.reasons.kk, ru: dto.reasons.ru },
        refusedAt: now,
        refusedBy: caller.subject,
        refusedByOrganizationId: caller.organizationId ?? null,
      });
      await manager.insert(RegistrationRefusal, refusal);
      working.status = 'revision';
      // The act the ministry refused to register has no force: the revised version needs a new one.
      working.approvingAct = null;
      standard.status = 'revision';
      await manager.save(working);
      await manager.save(standard);
      await auditStandard(
        manager,
        caller,
        'registration.refuse',
        standard.id,
        now,
        `Version ${working.number}`,
      );
      await this.outbox.append(manager, {
        type: StandardsEventTypes.registrationRefused,
        subject: standard.id,
        data: {
          standardId: standard.id,
          serviceId: standard.serviceId,
          versionId: working.id,
          refusalId: refusal.id,
          reasons: refusal.reasons,
          refusedAt: now.toISOString(),
        },
      });
      return toRefusalResponse(refusal);
    });
  }

  async refusals(id: string, query: PageQueryDto): Promise<Page<RefusalResponseDto>> {
    const { standard } = await this.standards.standardWithService(id);
    const [items, total] = await this.dataSource.manager.findAndCount(RegistrationRefusal, {
      where: { standardId: standard.id },
      order: { refusedAt: 'DESC' },
      ...pageRows(query),
    });
    return pageOf(query, items.map(toRefusalResponse), total);
  }

  async get(id: string): Promise<RegistrationResponseDto> {
    const { standard } = await this.standards.standardWithService(id);
    const version = await this.dataSource.manager
      .createQueryBuilder(StandardVersion, 'v')
      .where('v.standard_id = :id AND v.registration_number IS NOT NULL', { id: standard.id })
      .orderBy('v.number', 'DESC')
      .getOne();
    if (!version) throw registrationError(RegistrationErrorCode.NotFound);
    return toResponse(version);
  }

  /**
   * The registration date and number as the register can hold them: a real day the calendar counts, not
   * in the future, not before the last body agreed this version, not before the version it replaces came
   * into force; the number not given to another act. Returns the start of that day (in force from it).
   */
  private async checkRegistration(
    manager: EntityManager,
    version: StandardVersion,
    previous: StandardVersion | null,
    dto: RegisterStandardDto,
    now: Date,
  ): Promise<Date> {
    const inForceFrom = requestedDayStart(this.calendar, dto.date, 'date');
    const today = this.calendar.localDate(now);
    if (dto.date > today) {
      throw registrationInFuture(dto.date, today);
    }
    const agreedOn = await lastAgreementDay(manager, this.calendar, version.id);
    if (agreedOn && dto.date < agreedOn) {
      throw registrationBeforeAgreement(dto.date, agreedOn);
    }
    if (previous?.inForceFrom && inForceFrom < previous.inForceFrom) {
      const previousInForceFrom = this.calendar.localDate(previous.inForceFrom);
      throw registrationBeforePreviousVersion(dto.date, previous.number, previousInForceFrom);
    }
    const taken = await manager.findOne(StandardVersion, { where: { registrationNumber: dto.number } });
    if (taken) throw registrationNumberTaken(dto.number);
    return inForceFrom;
  }

  /** Art. 7.2: an officer of the organisation the registry names the Ministry of Justice. */
  private async assertMinistryOfficer(manager: EntityManager, caller: CallerIdentity): Promise<void> {
    assertJusticeOfficer(
      caller,
      await this.readModel.designatedAuthority(manager, 'justice-registration-authority'),
    );
  }

  private async enterIntoForce(
    manager: EntityManager,
    version: StandardVersion,
    previous: StandardVersion | null,
    service: ServiceRef,
    inForceFrom: Date,
  ): Promise<void> {
    const payload = inForcePayload(version, service, inForceFrom);
    if (previous) {
      previous.status = 'superseded';
      previous.inForceUntil = inForceFrom;
      await manager.save(previous);
      await this.outbox.append(manager, {
        type: StandardsEventTypes.standardAmended,
        subject: version.standardId,
        data: { ...payload, supersededVersionId: previous.id },
      });
    } else {
      await this.outbox.append(manager, {
        type: StandardsEventTypes.standardInForce,
        subject: version.standardId,
        data: payload,
      });
    }
  }
}
