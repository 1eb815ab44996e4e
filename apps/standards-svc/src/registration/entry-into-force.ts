import { Injectable } from '@nestjs/common';
import type { AuditActor } from '@kzps/audit';
import { StandardsEventTypes } from '@kzps/contracts';
import type { EntityManager } from 'typeorm';
import { auditStandard } from '../common/audit';
import { TermCalendar } from '../clocks/term-calendar';
import { STANDARD_SCOPE, TermsService } from '../clocks/terms.service';
import { EventOutbox } from '../events/event-outbox';
import { InformationUpdatesService } from '../information/information-updates.service';
import type { ServiceRef } from '../read-model/service-ref.entity';
import type { Standard } from '../standards/standard.entity';
import { StandardVersion } from '../standards/standard-version.entity';
import { actOf, inForcePayload } from './in-force-payload';

/**
 * A registered and officially published version takes effect on its day (Law "On legal acts", D31): an
 * adoption or amendment enters into force and replaces the version before it, a cancellation ends the
 * standard. Run in the request that records a publication whose day has come, or by the watcher at the
 * start of that day; either way the standard row is locked and the events say the day, not the moment.
 */
@Injectable()
export class EntryIntoForce {
  constructor(
    private readonly calendar: TermCalendar,
    private readonly terms: TermsService,
    private readonly outbox: EventOutbox,
    private readonly informationUpdates: InformationUpdatesService,
  ) {}

  async takeEffect(
    manager: EntityManager,
    standard: Standard,
    version: StandardVersion,
    service: ServiceRef,
    actor: AuditActor,
    now: Date,
  ): Promise<void> {
    const inForceFrom = version.inForceFrom;
    const act = version.approvingAct;
    if (version.status !== 'registered' || !inForceFrom || !act || !version.publication) {
      // Only a registered version with its act and publication is ever given a day; anything else is a bug.
      throw new Error(`Version ${version.id} cannot take effect from status ${version.status}`);
    }
    const previous = standard.inForceVersionId
      ? await manager.findOneOrFail(StandardVersion, { where: { id: standard.inForceVersionId } })
      : null;
    standard.workingVersionId = null;
    switch (version.kind) {
      case 'adoption':
      case 'amendment': {
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
        version.status = 'in_force';
        standard.inForceVersionId = version.id;
        standard.status = 'in_force';
        break;
      }
      case 'cancellation':
        if (previous) {
          previous.status = 'cancelled';
          previous.inForceUntil = inForceFrom;
          await manager.save(previous);
        }
        version.status = 'cancelled';
        version.inForceUntil = inForceFrom;
        standard.inForceVersionId = null;
        standard.cancelled = true;
        standard.status = 'cancelled';
        await this.outbox.append(manager, {
          type: StandardsEventTypes.standardCancelled,
          subject: standard.id,
          data: {
            standardId: standard.id,
            serviceId: standard.serviceId,
            cancelledVersionId: previous?.id ?? version.id,
            registrationNumber: version.registrationNumber ?? '',
            registrationDate: version.registrationDate ?? '',
            cancelledFrom: inForceFrom.toISOString(),
            basis: {
              kind: version.basisKind,
              reference: version.basisReference,
              recommendationId: version.basisRecommendationId,
            },
            approvingAct: actOf(act),
          },
        });
        break;
    }
    await manager.save(version);
    await manager.save(standard);
    const day = this.calendar.localDate(inForceFrom);
    await auditStandard(
      manager,
      actor,
      'enter-into-force',
      standard.id,
      now,
      `Version ${version.number} (${version.kind}) in force from ${day}: ${version.publication.inForceBasis}`,
    );
    // The replaced or cancelled version's own terms (its reglament) no longer apply.
    if (previous) await this.terms.lapse(manager, standard.id, previous.id);
    // A cancelled standard needs no alignment with the law (Art. 25): that term stops applying.
    if (version.kind === 'cancellation') await this.terms.lapse(manager, standard.id, STANDARD_SCOPE);
    // Art. 17.2 from the day the version takes effect; Art. 10.1 from the adoption, the act's day (D31).
    await this.terms.openAdoptionTerms(
      manager,
      standard.id,
      version.id,
      inForceFrom,
      version.kind !== 'cancellation' ? this.calendar.startOfDay(act.date) : null,
    );
    // Art. 17.2: the owner and each provider confirm their own update within those three working days.
    await this.informationUpdates.open(manager, version, service);
  }
}
