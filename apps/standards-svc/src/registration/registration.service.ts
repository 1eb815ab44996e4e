import { auditStandard } from '../common/audit';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { assertJusticeOfficer } from '../common/access';
import type { CallerIdentity } from '../common/identity';
import { Clock } from '../clocks/clock';
import { TermCalendar } from '../clocks/term-calendar';
import { STANDARD_SCOPE, TermsService } from '../clocks/terms.service';
import { EventOutbox } from '../events/event-outbox';
import { StandardsEventTypes, type StandardInForceV1 } from '@kzps/contracts';
import type { ServiceRef } from '../read-model/service-ref.entity';
import { StandardVersion } from '../standards/standard-version.entity';
import { StandardsService } from '../standards/standards.service';
import type { RegisterStandardDto, RegistrationResponseDto } from './dto/registration.dto';
import { registrationError } from './registration.errors';

function toResponse(version: StandardVersion): RegistrationResponseDto {
  if (!version.registrationNumber || !version.registrationDate || !version.inForceFrom) {
    throw registrationError('NOT_REGISTERED');
  }
  return {
    standardId: version.standardId,
    versionId: version.id,
    kind: version.kind,
    number: version.registrationNumber,
    date: version.registrationDate,
    inForceFrom: version.inForceFrom.toISOString(),
  };
}

/** The content applications-svc needs to accept applications under the standard (Art. 8). */
function inForcePayload(version: StandardVersion, service: ServiceRef, inForceFrom: Date): StandardInForceV1 {
  const c = version.content;
  if (!c.owner || !c.term || !c.registrationTerm || !c.queueWait || !c.fee || !c.resultForms) {
    // The notice and every resubmission checked completeness; reaching here is a bug, not a user error.
    throw new Error(`Version ${version.id} reached registration incomplete`);
  }
  return {
    standardId: version.standardId,
    serviceId: service.id,
    versionId: version.id,
    versionNumber: version.number,
    registrationNumber: version.registrationNumber ?? '',
    registrationDate: version.registrationDate ?? '',
    inForceFrom: inForceFrom.toISOString(),
    ownerOrganizationId: c.owner.organizationId,
    providerOrganizationIds: service.providerIds,
    channels: service.channels,
    resultForms: c.resultForms,
    term: c.term,
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
    basis: { kind: version.basisKind, reference: version.basisReference },
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
    private readonly outbox: EventOutbox,
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
    assertJusticeOfficer(caller);
    return this.dataSource.transaction(async (manager) => {
      const { standard, service, working } = await this.standards.lock(manager, id);
      if (!working || working.status !== 'registration') throw registrationError('NOT_AGREED');
      const now = this.clock.now();
      if (dto.date > this.calendar.localDate(now)) throw registrationError('REGISTRATION_DATE_IN_FUTURE');
      const inForceFrom = this.calendar.startOfDay(dto.date);
      const previous = standard.inForceVersionId
        ? await manager.findOneOrFail(StandardVersion, { where: { id: standard.inForceVersionId } })
        : null;
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
              basis: { kind: working.basisKind, reference: working.basisReference },
            },
          });
          break;
      }
      await manager.save(working);
      await manager.save(standard);
      await auditStandard(manager, caller, 'register', standard.id, now, `No. ${dto.number} of ${dto.date}`);
      // The replaced or cancelled version's own terms (its reglament) no longer apply.
      if (previous) await this.terms.lapse(manager, standard.id, previous.id);
      // Art. 17.2: public information follows every adoption, change and cancellation.
      await this.terms.openAdoptionTerms(
        manager,
        standard.id,
        working.id,
        inForceFrom,
        working.kind !== 'cancellation',
      );
      if (working.kind === 'adoption') {
        await this.terms.meet(manager, standard.id, 'standard_adoption', STANDARD_SCOPE, now);
      }
      return toResponse(working);
    });
  }

  async get(id: string): Promise<RegistrationResponseDto> {
    const { standard } = await this.standards.standardWithService(id);
    const version = await this.dataSource.manager
      .createQueryBuilder(StandardVersion, 'v')
      .where('v.standard_id = :id AND v.registration_number IS NOT NULL', { id: standard.id })
      .orderBy('v.number', 'DESC')
      .getOne();
    if (!version) throw registrationError('NOT_REGISTERED');
    return toResponse(version);
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
