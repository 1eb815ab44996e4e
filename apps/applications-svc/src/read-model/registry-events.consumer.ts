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

/**
 * Keeps the local copies of registry organisations and services (docs/architecture.md D12: every event
 * carries the whole aggregate, so each is an upsert). Each handler runs in the inbox transaction; an event
 * older than the copy (a retry, a dead-letter replay) changes nothing.
 */
@Injectable()
export class RegistryEventsConsumer {
  @OnEvent(RegistryEventTypes.organizationUpserted)
  async onOrganizationUpserted(
    event: EventEnvelope<OrganizationUpsertedV1>,
    manager: EntityManager,
  ): Promise<void> {
    const data = event.data;
    // An upsert without roles or region predates those fields: it says nothing about them.
    await manager.query(
      `INSERT INTO organization_ref (id, bin, name, kind, registry_kind, roles, region_kato, active, source_updated_at)
       VALUES ($1, $2, $3::jsonb, $4, $5, COALESCE($6::text[], '{}'), $7, $8, $9)
       ON CONFLICT (id) DO UPDATE SET bin = EXCLUDED.bin, name = EXCLUDED.name, kind = EXCLUDED.kind,
         registry_kind = COALESCE(EXCLUDED.registry_kind, organization_ref.registry_kind),
         roles = COALESCE($6::text[], organization_ref.roles),
         region_kato = CASE WHEN $10 THEN EXCLUDED.region_kato ELSE organization_ref.region_kato END,
         active = EXCLUDED.active, source_updated_at = EXCLUDED.source_updated_at
       WHERE organization_ref.source_updated_at <= EXCLUDED.source_updated_at`,
      [
        data.organizationId,
        data.bin ?? null,
        JSON.stringify({ kk: data.nameKk, ru: data.nameRu }),
        data.kind,
        data.registryKind ?? null,
        data.roles ?? null,
        data.regionKato ?? null,
        data.active,
        new Date(data.updatedAt),
        data.regionKato !== undefined,
      ],
    );
  }

  @OnEvent(RegistryEventTypes.serviceIncluded)
  async onServiceIncluded(event: EventEnvelope<ServiceIncludedV1>, manager: EntityManager): Promise<void> {
    await this.record(manager, event.data, new Date(event.time), 'included');
  }

  @OnEvent(RegistryEventTypes.serviceAmended)
  async onServiceAmended(event: EventEnvelope<ServiceAmendedV1>, manager: EntityManager): Promise<void> {
    await this.record(manager, event.data, new Date(event.time));
  }

  /** An excluded service takes no new applications; the accepted ones run to their end. */
  @OnEvent(RegistryEventTypes.serviceExcluded)
  async onServiceExcluded(event: EventEnvelope<ServiceExcludedV1>, manager: EntityManager): Promise<void> {
    const { code, nameKk, nameRu, providerOrganizationIds, channels, paid } = event.data;
    const time = new Date(event.time);
    if (
      code !== undefined &&
      nameKk !== undefined &&
      nameRu !== undefined &&
      providerOrganizationIds !== undefined &&
      channels !== undefined &&
      paid !== undefined
    ) {
      const entry = { ...event.data, code, nameKk, nameRu, providerOrganizationIds, channels, paid };
      await this.record(manager, entry, time, 'excluded');
      return;
    }
    await manager.query(
      `UPDATE service_ref SET status = 'excluded', updated_at = $2 WHERE id = $1 AND updated_at <= $2`,
      [event.data.serviceId, time],
    );
  }

  /** The entry as the event carries it, unless a newer event was applied; an amendment keeps the standing. */
  private async record(
    manager: EntityManager,
    entry: ServiceEntryV1,
    time: Date,
    status?: 'included' | 'excluded',
  ): Promise<void> {
    await manager.query(
      `INSERT INTO service_ref (id, code, name, owner_id, provider_ids, paid, status, updated_at)
       VALUES ($1, $2, $3::jsonb, $4, $5::uuid[], $6, COALESCE($7, 'included'), $8)
       ON CONFLICT (id) DO UPDATE SET code = EXCLUDED.code, name = EXCLUDED.name,
         owner_id = COALESCE(EXCLUDED.owner_id, service_ref.owner_id), provider_ids = EXCLUDED.provider_ids,
         paid = EXCLUDED.paid, status = COALESCE($7, service_ref.status), updated_at = EXCLUDED.updated_at
       WHERE service_ref.updated_at <= EXCLUDED.updated_at`,
      [
        entry.serviceId,
        entry.code,
        JSON.stringify({ kk: entry.nameKk, ru: entry.nameRu }),
        entry.ownerOrganizationId ?? null,
        entry.providerOrganizationIds,
        entry.paid,
        status ?? null,
        time,
      ],
    );
  }
}
