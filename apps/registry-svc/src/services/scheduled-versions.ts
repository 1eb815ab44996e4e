import { Injectable } from '@nestjs/common';
import { localDateOf } from '@kzps/calendar';
import {
  registryEvents,
  RegistryEventTypes,
  type ServiceAmendedV1,
  type ServiceExcludedV1,
  type ServiceIncludedV1,
} from '@kzps/contracts';
import { OutboxService } from '@kzps/messaging';
import type { Bilingual, DomainError, FieldProblem } from '@kzps/platform';
import { IsNull, LessThanOrEqual, Not, type EntityManager } from 'typeorm';
import { entryDtoOf, searchTextOf } from './service-entry.content';
import { ServiceEntryVersion, type ServiceEntry } from './service-entry.entity';
import type { DecreeDetails } from './decree';
import { serviceAmended, serviceExcluded, serviceIncluded } from './service-entry.events';
import { startOfAlmatyDay } from './service-entry.mapper';
import { serviceError, ServiceErrorCode } from './services.errors';

/** The event a scheduled version publishes when it takes effect. */
type RegistryAnnouncement =
  | { type: typeof RegistryEventTypes.serviceIncluded; subject: string; data: ServiceIncludedV1 }
  | { type: typeof RegistryEventTypes.serviceAmended; subject: string; data: ServiceAmendedV1 }
  | { type: typeof RegistryEventTypes.serviceExcluded; subject: string; data: ServiceExcludedV1 };

function copyOf(row: ServiceEntry): ServiceEntry {
  return Object.assign(Object.create(Object.getPrototypeOf(row) as object) as ServiceEntry, row);
}

/** 422 naming each field of the event that breaks the contract (`nameKk must have at most 1000 characters`). */
export function unpublishable(
  version: Pick<ServiceEntryVersion, 'change' | 'effectiveDate'>,
  type: string,
  problems: string[],
): DomainError {
  return serviceError(
    ServiceErrorCode.EventUnpublishable,
    `The ${version.change} taking effect on ${version.effectiveDate} would publish ${type} with: ${problems.join('; ')}`,
    {
      errors: problems.map((problem): FieldProblem => ({
        field: problem.split(' ')[0] ?? 'payload',
        message: problem,
      })),
    },
  );
}

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

  /** Whether a parked version (this one or one before it) keeps the version from taking effect. */
  private async heldBack(manager: EntityManager, target: ServiceEntryVersion): Promise<boolean> {
    return manager.getRepository(ServiceEntryVersion).exists({
      where: {
        serviceId: target.serviceId,
        version: LessThanOrEqual(target.version),
        parkedAt: Not(IsNull()),
        appliedAt: IsNull(),
        revokedAt: IsNull(),
      },
    });
  }

  /**
   * Revokes a version recorded by an act that has not taken effect: the act was recorded in error, or cancelled
   * before its day. Only the last one scheduled (the ones after it were built on it); never one whose day has
   * come, even if no watcher has applied it yet, unless a parked version holds it back (it never took effect). Nothing was announced for it, so nothing is published. The
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
    const dayHasCome = target.effectiveDate <= localDateOf(now);
    if (target.appliedAt !== null || (dayHasCome && !(await this.heldBack(manager, target)))) {
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
    const applied: ServiceEntryVersion[] = [];
    for (const version of await this.dueOf(manager, row, now)) {
      // A parked version holds back the ones after it until it is revoked.
      if (version.parkedAt !== null) break;
      await this.apply(manager, row, version, now);
      applied.push(version);
    }
    return applied;
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
    if (next?.version !== version || next.parkedAt !== null) return null;
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

  /**
   * Refuses a version whose event would break its contract on the day it takes effect, when it is recorded:
   * parked by the watcher, such a version would never take effect. The entry is built as the versions
   * pending before it, and then it, make it; nothing is written. The caller holds the entry's row lock.
   */
  async assertPublishable(manager: EntityManager, row: ServiceEntry, version: number): Promise<void> {
    let entry = copyOf(row);
    for (const pending of await this.pendingOf(manager, row.id)) {
      const announcement = await this.announcementOf(manager, entry, pending);
      if (pending.version === version) {
        const problems = registryEvents[announcement.type].validate(announcement.data);
        if (problems.length > 0) throw unpublishable(pending, announcement.type, problems);
        return;
      }
      entry = announcement.entry;
    }
  }

  /**
   * Parks a version the watcher could not apply: it stays pending, with the reason the authority reads on the
   * entry's versions (and the error as raised), and is not tried again (nor the versions after it) until it is
   * revoked.
   */
  async park(
    manager: EntityManager,
    serviceId: string,
    version: number,
    parked: { error: string; reason: Bilingual },
    now: Date,
  ): Promise<void> {
    await manager.update(
      ServiceEntryVersion,
      { serviceId, version },
      {
        parkedAt: now,
        parkedError: parked.error,
        parkedErrorKk: parked.reason.kk,
        parkedErrorRu: parked.reason.ru,
      },
    );
  }

  private async apply(
    manager: EntityManager,
    row: ServiceEntry,
    version: ServiceEntryVersion,
    now: Date,
  ): Promise<void> {
    const { entry, type, data } = await this.announcementOf(manager, row, version);
    const saved = await manager.save(Object.assign(row, entry));
    await manager.update(
      ServiceEntryVersion,
      { serviceId: row.id, version: version.version },
      { appliedAt: now },
    );
    await this.outbox.append(manager, { type, subject: saved.id, data } as RegistryAnnouncement);
  }

  /** The entry as the version makes it (a copy of `row`: nothing written) and the event announcing it. */
  private async announcementOf(
    manager: EntityManager,
    row: ServiceEntry,
    version: ServiceEntryVersion,
  ): Promise<RegistryAnnouncement & { entry: ServiceEntry }> {
    const decree = decreeDetailsOf(version);
    const effectiveAt = startOfAlmatyDay(decree.effectiveDate);
    const entry = Object.assign(copyOf(row), version.content, searchTextOf(row.code, version.content), {
      status: version.status,
      version: version.version,
    });
    if (version.change === 'included') {
      Object.assign(entry, {
        inclusionDecreeKind: decree.decreeKind,
        inclusionDecreeNumber: decree.decreeNumber,
        inclusionDecreeDate: decree.decreeDate,
        includedAt: effectiveAt,
      });
    }
    if (version.change === 'excluded') entry.excludedAt = effectiveAt;
    const dto = await entryDtoOf(manager, entry);
    const subject = row.id;
    switch (version.change) {
      case 'included':
        return {
          entry,
          subject,
          type: RegistryEventTypes.serviceIncluded,
          data: serviceIncluded(dto, decree, effectiveAt.toISOString()),
        };
      case 'amended':
        return {
          entry,
          subject,
          type: RegistryEventTypes.serviceAmended,
          data: serviceAmended(dto, decree, effectiveAt.toISOString()),
        };
      case 'excluded':
        return {
          entry,
          subject,
          type: RegistryEventTypes.serviceExcluded,
          data: serviceExcluded(dto, decree, effectiveAt.toISOString(), {
            kk: version.reasonKk ?? '',
            ru: version.reasonRu ?? '',
          }),
        };
      case 'created':
      case 'draft-updated':
        throw new Error(`a draft version (${version.change}) is applied when recorded, never scheduled`);
    }
  }
}
