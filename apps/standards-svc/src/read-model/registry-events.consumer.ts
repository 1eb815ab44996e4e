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
import { StandardsService } from '../standards/standards.service';
import { channelsOfEntry, deliveryFormOfEntry } from './registry-vocabulary';
import { ServiceRef } from './service-ref.entity';

/**
 * Keeps the local copies of registry services and organisations (no synchronous calls to registry-svc).
 * Each handler runs in the inbox transaction: a redelivered event has no second effect.
 */
@Injectable()
export class RegistryEventsConsumer {
  constructor(private readonly standards: StandardsService) {}

  @OnEvent(RegistryEventTypes.organizationUpserted)
  async onOrganizationUpserted(
    event: EventEnvelope<OrganizationUpsertedV1>,
    manager: EntityManager,
  ): Promise<void> {
    const data = event.data;
    const updatedAt = new Date(data.updatedAt);
    // An older upsert arriving after a newer one changes nothing.
    await manager.query(
      `INSERT INTO organization_ref (id, bin, name, kind, active, source_updated_at)
       VALUES ($1, $2, $3::jsonb, $4, $5, $6)
       ON CONFLICT (id) DO UPDATE SET bin = EXCLUDED.bin, name = EXCLUDED.name, kind = EXCLUDED.kind,
         active = EXCLUDED.active, source_updated_at = EXCLUDED.source_updated_at
       WHERE organization_ref.source_updated_at <= EXCLUDED.source_updated_at`,
      [
        data.organizationId,
        data.bin,
        JSON.stringify({ kk: data.nameKk, ru: data.nameRu }),
        data.kind,
        data.active,
        updatedAt,
      ],
    );
  }

  /** Art. 7.1, 9.5: inclusion creates the standard and starts its clocks. */
  @OnEvent(RegistryEventTypes.serviceIncluded)
  async onServiceIncluded(event: EventEnvelope<ServiceIncludedV1>, manager: EntityManager): Promise<void> {
    const service = await this.upsertService(
      manager,
      event.data,
      new Date(event.data.includedAt),
      new Date(event.time),
    );
    await this.standards.createForIncludedService(manager, service);
  }

  @OnEvent(RegistryEventTypes.serviceAmended)
  async onServiceAmended(event: EventEnvelope<ServiceAmendedV1>, manager: EntityManager): Promise<void> {
    const existing = await manager.findOne(ServiceRef, { where: { id: event.data.serviceId } });
    // An amendment before the inclusion was seen: the inclusion date is unknown, so the clocks wait for it.
    if (!existing) return;
    await this.upsertService(manager, event.data, existing.includedAt, new Date(event.time));
  }

  /** A service out of the registry needs no standard: its open terms stop (a standard in force stays). */
  @OnEvent(RegistryEventTypes.serviceExcluded)
  async onServiceExcluded(event: EventEnvelope<ServiceExcludedV1>, manager: EntityManager): Promise<void> {
    await manager.update(
      ServiceRef,
      { id: event.data.serviceId },
      { status: 'excluded', excludedAt: new Date(event.data.excludedAt), updatedAt: new Date(event.time) },
    );
    await this.standards.onServiceExcluded(manager, event.data.serviceId);
  }

  private async upsertService(
    manager: EntityManager,
    entry: ServiceEntryV1,
    includedAt: Date,
    eventTime: Date,
  ): Promise<ServiceRef> {
    const existing = await manager.findOne(ServiceRef, { where: { id: entry.serviceId } });
    if (existing && existing.updatedAt > eventTime) return existing;
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
      status: existing?.status ?? 'included',
      includedAt,
      excludedAt: existing?.excludedAt ?? null,
      updatedAt: eventTime,
    });
    await manager.save(service);
    return service;
  }
}
