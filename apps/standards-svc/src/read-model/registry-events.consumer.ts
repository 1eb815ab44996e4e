import { Injectable } from '@nestjs/common';
import {
  RegistryEventTypes,
  type EventEnvelope,
  type OrganizationUpsertedV1,
  type ServiceAmendedV1,
  type ServiceEntryV1,
  type ServiceExcludedV1,
  type ServiceIncludedV1,
} from '@kzps/contracts';
import { OnEvent } from '@kzps/messaging';
import type { EntityManager } from 'typeorm';
import { ServiceExclusion } from '../standards/service-exclusion';
import { StandardsService } from '../standards/standards.service';
import { channelsOfEntry, deliveryFormOfEntry } from './registry-vocabulary';
import { ServiceRef, type ExclusionDecree } from './service-ref.entity';

/** What an event says about the service's place in the registry, beside its entry. */
interface RegistryStanding {
  status: 'included' | 'excluded';
  includedAt?: Date;
  excludedAt?: Date;
  exclusionDecree?: ExclusionDecree | null;
}

/** The act an exclusion names (Art. 6.1); its title is derived when an older event carried none. */
function exclusionDecreeOf(data: ServiceExcludedV1): ExclusionDecree | null {
  const decree = data.decree;
  if (!decree) return null;
  return {
    number: decree.number,
    date: decree.date,
    title: decree.title ?? {
      kk: `${decree.date} № ${decree.number} акт`,
      ru: `Акт № ${decree.number} от ${decree.date}`,
    },
  };
}

/** The entry an exclusion carries (optional within v1: exclusions sent before it have none). */
function entryOf(data: ServiceExcludedV1): ServiceEntryV1 | undefined {
  const { code, nameKk, nameRu, providerOrganizationIds, channels, paid } = data;
  return code !== undefined &&
    nameKk !== undefined &&
    nameRu !== undefined &&
    providerOrganizationIds !== undefined &&
    channels !== undefined &&
    paid !== undefined
    ? { ...data, code, nameKk, nameRu, providerOrganizationIds, channels, paid }
    : undefined;
}

/**
 * Keeps the local copies of registry services and organisations (no synchronous calls to registry-svc).
 * Each handler runs in the inbox transaction: a redelivered event has no second effect. Events of one
 * service may arrive out of order (a retry, a dead-letter replay): the newest event decides the entry and
 * the standing, while an inclusion date, once seen, is always kept.
 */
@Injectable()
export class RegistryEventsConsumer {
  constructor(
    private readonly standards: StandardsService,
    private readonly exclusion: ServiceExclusion,
  ) {}

  @OnEvent(RegistryEventTypes.organizationUpserted)
  async onOrganizationUpserted(
    event: EventEnvelope<OrganizationUpsertedV1>,
    manager: EntityManager,
  ): Promise<void> {
    const data = event.data;
    const updatedAt = new Date(data.updatedAt);
    // An older upsert arriving after a newer one changes nothing. One without roles was sent before the
    // event carried them: it says nothing about them, so the roles already known stay.
    await manager.query(
      `INSERT INTO organization_ref (id, bin, name, kind, roles, active, source_updated_at)
       VALUES ($1, $2, $3::jsonb, $4, COALESCE($5::text[], '{}'), $6, $7)
       ON CONFLICT (id) DO UPDATE SET bin = EXCLUDED.bin, name = EXCLUDED.name, kind = EXCLUDED.kind,
         roles = COALESCE($5::text[], organization_ref.roles), active = EXCLUDED.active,
         source_updated_at = EXCLUDED.source_updated_at
       WHERE organization_ref.source_updated_at <= EXCLUDED.source_updated_at`,
      [
        data.organizationId,
        data.bin ?? null,
        JSON.stringify({ kk: data.nameKk, ru: data.nameRu }),
        data.kind,
        data.roles ?? null,
        data.active,
        updatedAt,
      ],
    );
  }

  /**
   * Art. 7.1, 9.5: inclusion creates the standard and starts its clocks; an inclusion after an exclusion
   * (re-inclusion) makes the service included again and restarts the clocks of a standard not yet in force.
   */
  @OnEvent(RegistryEventTypes.serviceIncluded)
  async onServiceIncluded(event: EventEnvelope<ServiceIncludedV1>, manager: EntityManager): Promise<void> {
    const includedAt = new Date(event.data.includedAt);
    const service = await this.record(manager, event.data, new Date(event.time), {
      status: 'included',
      includedAt,
    });
    await this.standards.onServiceIncluded(manager, service.id, includedAt);
    // An exclusion newer than this inclusion was seen first: the clocks just started do not apply.
    if (service.status === 'excluded') await this.exclusion.onServiceExcluded(manager, service);
  }

  /**
   * An amendment of a service not seen yet (its inclusion is still on the way) is kept as the entry; the
   * standard and its clocks wait for the inclusion, which carries the date they count from.
   */
  @OnEvent(RegistryEventTypes.serviceAmended)
  async onServiceAmended(event: EventEnvelope<ServiceAmendedV1>, manager: EntityManager): Promise<void> {
    await this.record(manager, event.data, new Date(event.time));
  }

  /**
   * Art. 6.1: a service out of the registry has no standard: the version being worked on is closed, the one
   * in force cancelled from the exclusion's date, the open terms stop.
   */
  @OnEvent(RegistryEventTypes.serviceExcluded)
  async onServiceExcluded(event: EventEnvelope<ServiceExcludedV1>, manager: EntityManager): Promise<void> {
    const eventTime = new Date(event.time);
    const standing: RegistryStanding = {
      status: 'excluded',
      excludedAt: new Date(event.data.excludedAt),
      exclusionDecree: exclusionDecreeOf(event.data),
    };
    const entry = entryOf(event.data);
    if (entry) {
      const service = await this.record(manager, entry, eventTime, standing);
      if (service.status === 'excluded') await this.exclusion.onServiceExcluded(manager, service);
      return;
    }
    const existing = await manager.findOne(ServiceRef, { where: { id: event.data.serviceId } });
    if (!existing || existing.updatedAt > eventTime) return;
    Object.assign(existing, {
      status: 'excluded',
      excludedAt: standing.excludedAt,
      exclusionDecree: standing.exclusionDecree,
      updatedAt: eventTime,
    });
    await manager.save(existing);
    await this.exclusion.onServiceExcluded(manager, existing);
  }

  /**
   * Writes the entry and standing an event carries, unless a newer event already did; the inclusion date
   * is kept from whichever event brought it. Returns the service as it now stands.
   */
  private async record(
    manager: EntityManager,
    entry: ServiceEntryV1,
    eventTime: Date,
    standing?: RegistryStanding,
  ): Promise<ServiceRef> {
    const existing = await manager.findOne(ServiceRef, {
      where: { id: entry.serviceId },
      lock: { mode: 'pessimistic_write' },
    });
    const includedAt = standing?.includedAt ?? existing?.includedAt ?? null;
    if (existing && existing.updatedAt > eventTime) {
      if (existing.includedAt === null && includedAt) {
        existing.includedAt = includedAt;
        await manager.save(existing);
      }
      return existing;
    }
    const service = manager.create(ServiceRef, {
      id: entry.serviceId,
      code: entry.code,
      name: { kk: entry.nameKk, ru: entry.nameRu },
      // An event without the owner (sent before v1 carried it) keeps the one already known.
      ownerId: entry.ownerOrganizationId ?? existing?.ownerId ?? null,
      providerIds: entry.providerOrganizationIds,
      channels: channelsOfEntry(entry),
      deliveryForm: deliveryFormOfEntry(entry),
      paid: entry.paid,
      // An amendment names no standing: the service is in the registry (or stays as last seen).
      status: standing?.status ?? existing?.status ?? 'included',
      includedAt,
      excludedAt:
        standing?.status === 'included' ? null : (standing?.excludedAt ?? existing?.excludedAt ?? null),
      exclusionDecree:
        standing?.status === 'included'
          ? null
          : (standing?.exclusionDecree ?? existing?.exclusionDecree ?? null),
      updatedAt: eventTime,
    });
    await manager.save(service);
    return service;
  }
}
