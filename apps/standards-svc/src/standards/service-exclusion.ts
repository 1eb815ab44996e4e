import { Injectable } from '@nestjs/common';
import { StandardsEventTypes } from '@kzps/contracts';
import { Clock } from '@kzps/platform';
import { In, type EntityManager } from 'typeorm';
import { auditStandard, standardsSystem } from '../common/audit';
import { TermsService } from '../clocks/terms.service';
import { EventOutbox } from '../events/event-outbox';
import type { ServiceRef } from '../read-model/service-ref.entity';
import { workingStatuses } from './lifecycle';
import { Standard } from './standard.entity';
import { StandardVersion, type VersionExclusion } from './standard-version.entity';

/** The basis a cancellation event names: the act that excluded the service, or the exclusion itself. */
function basisOf(exclusion: VersionExclusion): { kind: string; reference: string | null } {
  return { kind: 'service_excluded', reference: exclusion.decree?.title.ru ?? null };
}

/**
 * Art. 6.1: a service out of the registry has no standard. When the registry excludes it, the version being
 * worked on is closed and the version in force is cancelled from the exclusion's date (StandardCancelledV1),
 * each with the exclusion as the basis of its end; the standard's open terms lapse. Idempotent: a redelivered
 * exclusion finds nothing left open.
 */
@Injectable()
export class ServiceExclusion {
  constructor(
    private readonly clock: Clock,
    private readonly terms: TermsService,
    private readonly outbox: EventOutbox,
  ) {}

  async onServiceExcluded(manager: EntityManager, service: ServiceRef): Promise<void> {
    const standard = await manager.findOne(Standard, {
      where: { serviceId: service.id },
      lock: { mode: 'pessimistic_write' },
    });
    if (!standard) return;
    const excludedAt = service.excludedAt ?? this.clock.now();
    const exclusion: VersionExclusion = {
      decree: service.exclusionDecree,
      excludedAt: excludedAt.toISOString(),
    };
    const open = await manager.find(StandardVersion, {
      where: { standardId: standard.id, status: In([...workingStatuses]) },
    });
    for (const version of open) {
      version.status = 'closed';
      version.endedByExclusion = exclusion;
      await manager.save(version);
    }
    standard.workingVersionId = null;
    if (standard.inForceVersionId) {
      const inForce = await manager.findOneOrFail(StandardVersion, {
        where: { id: standard.inForceVersionId },
      });
      await this.cancel(manager, standard, inForce, exclusion, excludedAt);
    } else if (open.length > 0) {
      standard.status = 'closed';
    }
    await manager.save(standard);
    await this.terms.lapse(manager, standard.id);
    if (open.length > 0 || standard.status === 'cancelled') {
      await auditStandard(
        manager,
        standardsSystem,
        'exclusion',
        standard.id,
        this.clock.now(),
        exclusion.decree
          ? `Service excluded by decree No. ${exclusion.decree.number} of ${exclusion.decree.date}`
          : 'Service excluded from the registry',
      );
    }
  }

  private async cancel(
    manager: EntityManager,
    standard: Standard,
    inForce: StandardVersion,
    exclusion: VersionExclusion,
    excludedAt: Date,
  ): Promise<void> {
    // A version registered after the exclusion's day (its event came late) never applied: it ends where it began.
    const until = inForce.inForceFrom && inForce.inForceFrom > excludedAt ? inForce.inForceFrom : excludedAt;
    inForce.status = 'cancelled';
    inForce.inForceUntil = until;
    inForce.endedByExclusion = exclusion;
    await manager.save(inForce);
    standard.inForceVersionId = null;
    standard.cancelled = true;
    standard.status = 'cancelled';
    await this.outbox.append(manager, {
      type: StandardsEventTypes.standardCancelled,
      subject: standard.id,
      data: {
        standardId: standard.id,
        serviceId: standard.serviceId,
        cancelledVersionId: inForce.id,
        registrationNumber: inForce.registrationNumber ?? '',
        registrationDate: inForce.registrationDate ?? '',
        cancelledFrom: until.toISOString(),
        basis: basisOf(exclusion),
      },
    });
  }
}
