import { Injectable } from '@nestjs/common';
import { StandardsEventTypes } from '@kzps/contracts';
import { EventOutbox } from '../events/event-outbox';
import { randomUUID } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import { assertJusticeOfficer } from '../common/access';
import { auditStandard } from '../common/audit';
import type { CallerIdentity } from '../common/identity';
import { requestedDayStart } from '../clocks/requested-day';
import { TermCalendar } from '../clocks/term-calendar';
import { STANDARD_SCOPE, TermsService } from '../clocks/terms.service';
import { ReadModelService } from '../read-model/read-model.service';
import { assertAgreesWithRegistry, registryFactsOf } from '../standards/registry-consistency';
import { StandardVersion } from '../standards/standard-version.entity';
import { StandardsService } from '../standards/standards.service';
import type {
  RefuseRegistrationDto,
  RefusalResponseDto,
  RegisterStandardDto,
  RegistrationResponseDto,
} from './dto/registration.dto';
import { lastAgreementDay } from './agreement-day';
import { actOf } from './in-force-payload';
import { toPublicationDto } from './publication.mapper';
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
  if (!version.registrationNumber || !version.registrationDate) {
    throw registrationError(RegistrationErrorCode.NotFound);
  }
  return {
    standardId: version.standardId,
    versionId: version.id,
    kind: version.kind,
    number: version.registrationNumber,
    date: version.registrationDate,
    // Null until the act's publication gives the day (D31).
    inForceFrom: version.inForceFrom?.toISOString() ?? null,
    publication: version.publication ? toPublicationDto(version.publication) : null,
    // Versions registered before the act was recorded here have none.
    approvingAct: version.approvingAct ? actOf(version.approvingAct) : null,
  };
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
  ) {}

  /**
   * Art. 7.2: the Ministry of Justice registers an agreed version. Registered, it is not yet in force: it
   * enters into force once officially published, on the day its act states or ten calendar days after
   * (Law "On legal acts", D31). The Art. 7.1 term is met on the act's date, which registration needs.
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
      await this.checkRegistration(manager, working, previous, dto, now);
      if (dto.date < act.date) throw registrationBeforeApprovingAct(dto.date, act.date);
      // Art. 7.1, 10.1: the legal facts are dated by the act, not by the moment it was entered here.
      const adoptedOn = this.calendar.startOfDay(act.date);
      // The registry may have changed the service since agreement: nothing that disagrees reaches delivery.
      assertAgreesWithRegistry(working.content, await registryFactsOf(manager, service));
      working.registrationNumber = dto.number;
      working.registrationDate = dto.date;
      working.publishedContent = working.content;
      working.status = 'registered';
      standard.status = 'registered';
      await manager.save(working);
      await manager.save(standard);
      await auditStandard(manager, caller, 'register', standard.id, now, `No. ${dto.number} of ${dto.date}`);
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
   * into force; the number not given to another act.
   */
  private async checkRegistration(
    manager: EntityManager,
    version: StandardVersion,
    previous: StandardVersion | null,
    dto: RegisterStandardDto,
    now: Date,
  ): Promise<void> {
    const registeredFrom = requestedDayStart(this.calendar, dto.date, 'date');
    const today = this.calendar.localDate(now);
    if (dto.date > today) {
      throw registrationInFuture(dto.date, today);
    }
    const agreedOn = await lastAgreementDay(manager, this.calendar, version.id);
    if (agreedOn && dto.date < agreedOn) {
      throw registrationBeforeAgreement(dto.date, agreedOn);
    }
    if (previous?.inForceFrom && registeredFrom < previous.inForceFrom) {
      const previousInForceFrom = this.calendar.localDate(previous.inForceFrom);
      throw registrationBeforePreviousVersion(dto.date, previous.number, previousInForceFrom);
    }
    const taken = await manager.findOne(StandardVersion, { where: { registrationNumber: dto.number } });
    if (taken) throw registrationNumberTaken(dto.number);
  }

  /** Art. 7.2: an officer of the organisation the registry names the Ministry of Justice. */
  private async assertMinistryOfficer(manager: EntityManager, caller: CallerIdentity): Promise<void> {
    assertJusticeOfficer(
      caller,
      await this.readModel.designatedAuthority(manager, 'justice-registration-authority'),
    );
  }
}
