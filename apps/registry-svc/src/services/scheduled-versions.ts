import { Injectable } from '@nestjs/common';
import { localDateOf } from '@kzps/calendar';
import { RegistryEventTypes } from '@kzps/contracts';
import { OutboxService } from '@kzps/messaging';
import type { DomainError } from '@kzps/platform';
import { IsNull, LessThanOrEqual, type EntityManager } from 'typeorm';
import { entryDtoOf, searchTextOf } from './service-entry.content';
import { ServiceEntryVersion, type ServiceEntry } from './service-entry.entity';
import type { DecreeDetails } from './decree';
import { serviceAmended, serviceExcluded, serviceIncluded } from './service-entry.events';
import { startOfAlmatyDay } from './service-entry.mapper';
import { serviceError, ServiceErrorCode } from './services.errors';

function decreeDetailsOf(version: ServiceEntryVersion): DecreeDetails {
  if (!version.decreeKind || !version.decreeNumber || !version.decreeDate || !version.effectiveDate) {
    throw new Error(`version ${version.version} of ${version.serviceId} has no decree to take effect by`);
  }
  return {
    decreeKind: version.decreeKind,
    decreeNumber: version.decreeNumber,
    decreeDate: version.decreeDate,
    effectiveDate: version.effectiveDate,
  };
}

/** A change refused because of a version already scheduled: the problem names it, its act and its date. */
export function changeScheduled(scheduled: ServiceEntryVersion, why: string): DomainError {
  return serviceError(
    ServiceErrorCode.ChangeScheduled,
    `The ${scheduled.change} by decree ${scheduled.decreeNumber} takes effect on ${scheduled.effectiveDate}: ${why}`,
    {
      scheduled: {
        version: scheduled.version,
        change: scheduled.change,
        decreeNumber: scheduled.decreeNumber,
        effectiveDate: scheduled.effectiveDate,
      },
    },
  );
}

/**
 * Makes recorded decrees the registry's word on their effective date. A ministry records a decree the day
 * it is adopted; the entry everyone reads (search, exports, the current read) and the event other services
 * act on change only from 00:00 in Kazakhstan of the day it takes effect (Art. 6.3-6.4; for an inclusion
 * that is when the statutory clocks of Art. 7.1 and 9.5 start).
 */
@Injectable()
export class ScheduledVersions {
  constructor(private readonly outbox: OutboxService) {}

  /** The versions recorded for the entry and not yet in force (nor revoked), oldest first. */
  pendingOf(manager: EntityManager, serviceId: string): Promise<ServiceEntryVersion[]> {
    return manager.getRepository(ServiceEntryVersion).find({
      where: { serviceId, appliedAt: IsNull(), revokedAt: IsNull() },
      order: { version: 'ASC' },
    });
  }

  /**
   * Revokes a version recorded by an act that has not taken effect: the act was recorded in error, or cancelled
   * before its day. Only the last one scheduled (the ones after it were built on it); never one whose day has
   * come, even if no watcher has applied it yet. Nothing was announced for it, so nothing is published. The
   * caller holds the entry's row lock.
   */
  async revoke(
    manager: EntityManager,
    row: ServiceEntry,
    version: number,
    revocation: { by: string; reason: { kk: string; ru: string } },
    now: Date,
  ): Promise<ServiceEntryVersion> {
    const target = await manager
      .getRepository(ServiceEntryVersion)
      .findOne({ where: { serviceId: row.id, version } });
    if (!target || target.effectiveDate === null) {
      throw serviceError(
        ServiceErrorCode.VersionNotFound,
        `Service ${row.id} has no version ${version} recorded by an act`,
      );
    }
    if (target.revokedAt) {
      throw serviceError(ServiceErrorCode.VersionRevoked, `Version ${version} was revoked`, {
        revokedAt: target.revokedAt.toISOString(),
      });
    }
    if (target.appliedAt !== null || target.effectiveDate <= localDateOf(now)) {
      throw serviceError(
        ServiceErrorCode.VersionInForce,
        `Version ${version} took effect on ${target.effectiveDate}`,
        { effectiveDate: target.effectiveDate },
      );
    }
    const last = (await this.pendingOf(manager, row.id)).at(-1);
    if (last && last.version !== version) {
      throw changeScheduled(last, `it follows version ${version}, so it has to be revoked first`);
    }
    Object.assign(target, {
      revokedAt: now,
      revokedBy: revocation.by,
      revocationReasonKk: revocation.reason.kk,
      revocationReasonRu: revocation.reason.ru,
    });
    return manager.save(target);
  }

  /**
   * Applies, in order, every version of the entry whose effective day has begun by `now`, and returns them.
   * The caller holds the entry's row lock: whoever applies (a request or a watcher in any replica) locks the
   * head first, so a version is applied once.
   */
  async applyDue(manager: EntityManager, row: ServiceEntry, now: Date): Promise<ServiceEntryVersion[]> {
    const due = await this.dueOf(manager, row, now);
    for (const version of due) await this.apply(manager, row, version, now);
    return due;
  }

  /**
   * Applies this version if it is the next one of the entry due by `now` (none before it waits), and returns
   * it; null when it is not (applied or revoked meanwhile, or an earlier one goes first). The caller holds the
   * entry's row lock.
   */
  async applyNext(
    manager: EntityManager,
    row: ServiceEntry,
    version: number,
    now: Date,
  ): Promise<ServiceEntryVersion | null> {
    const [next] = await this.dueOf(manager, row, now);
    if (next?.version !== version) return null;
    await this.apply(manager, row, next, now);
    return next;
  }

  private dueOf(manager: EntityManager, row: ServiceEntry, now: Date): Promise<ServiceEntryVersion[]> {
    return manager.getRepository(ServiceEntryVersion).find({
      where: {
        serviceId: row.id,
        appliedAt: IsNull(),
        revokedAt: IsNull(),
        effectiveDate: LessThanOrEqual(localDateOf(now)),
      },
      order: { version: 'ASC' },
    });
  }

  private async apply(
    manager: EntityManager,
    row: ServiceEntry,
    version: ServiceEntryVersion,
    now: Date,
  ): Promise<void> {
    const decree = decreeDetailsOf(version);
    const effectiveAt = startOfAlmatyDay(decree.effectiveDate);
    Object.assign(row, version.content, searchTextOf(row.code, version.content), {
      status: version.status,
      version: version.version,
    });
    if (version.change === 'included') {
      Object.assign(row, {
        inclusionDecreeKind: decree.decreeKind,
        inclusionDecreeNumber: decree.decreeNumber,
        inclusionDecreeDate: decree.decreeDate,
        includedAt: effectiveAt,
      });
    }
    if (version.change === 'excluded') row.excludedAt = effectiveAt;
    const saved = await manager.save(row);
    await manager.update(
      ServiceEntryVersion,
      { serviceId: row.id, version: version.version },
      { appliedAt: now },
    );
    const entry = await entryDtoOf(manager, saved);
    const subject = row.id;
    switch (version.change) {
      case 'included':
        await this.outbox.append(manager, {
          type: RegistryEventTypes.serviceIncluded,
          subject,
          data: serviceIncluded(entry, decree, effectiveAt.toISOString()),
        });
        return;
      case 'amended':
        await this.outbox.append(manager, {
          type: RegistryEventTypes.serviceAmended,
          subject,
          data: serviceAmended(entry, decree, effectiveAt.toISOString()),
        });
        return;
      case 'excluded':
        await this.outbox.append(manager, {
          type: RegistryEventTypes.serviceExcluded,
          subject,
          data: serviceExcluded(entry, decree, effectiveAt.toISOString(), {
            kk: version.reasonKk ?? '',
            ru: version.reasonRu ?? '',
          }),
        });
        return;
      case 'created':
      case 'draft-updated':
        throw new Error(`a draft version (${version.change}) is applied when recorded, never scheduled`);
    }
  }
}
