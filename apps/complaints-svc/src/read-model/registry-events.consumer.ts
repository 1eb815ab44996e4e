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
 * Keeps the copies of registry organisations and services a chain is derived from (docs/architecture.md D12:
 * every event carries the whole aggregate, so each is an upsert). Runs in the inbox transaction; an event
 * older than the copy changes nothing.
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
      `INSERT INTO organization_ref (id, name, kind, roles, region_kato, active, source_updated_at)
       VALUES ($1, $2::jsonb, $3, COALESCE($4::text[], '{}'), $5, $6, $7)
       ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, kind = EXCLUDED.kind,
         roles = COALESCE($4::text[], organization_ref.roles),
         region_kato = COALESCE(EXCLUDED.region_kato, organization_ref.region_kato),
         active = EXCLUDED.active, source_updated_at = EXCLUDED.source_updated_at
       WHERE organization_ref.source_updated_at <= EXCLUDED.source_updated_at`,
      [
        data.organizationId,
        JSON.stringify({ kk: data.nameKk, ru: data.nameRu }),
        data.kind,
        data.roles ?? null,
        data.regionKato ?? null,
        data.active,
        new Date(data.updatedAt),
      ],
    );
  }

  @OnEvent(RegistryEventTypes.serviceIncluded)
  async onServiceIncluded(event: EventEnvelope<ServiceIncludedV1>, manager: EntityManager): Promise<void> {
    await this.record(manager, event.data, new Date(event.time));
  }

  @OnEvent(RegistryEventTypes.serviceAmended)
  async onServiceAmended(event: EventEnvelope<ServiceAmendedV1>, manager: EntityManager): Promise<void> {
    await this.record(manager, event.data, new Date(event.time));
  }

  /**
   * An excluded service is still complained about: what was delivered under it stays appealable. The entry's
   * last known owner and providers are kept.
   */
  @OnEvent(RegistryEventTypes.serviceExcluded)
  async onServiceExcluded(event: EventEnvelope<ServiceExcludedV1>, manager: EntityManager): Promise<void> {
    const { code, nameKk, nameRu, providerOrganizationIds, channels, paid } = event.data;
    if (
      code !== undefined &&
      nameKk !== undefined &&
      nameRu !== undefined &&
      providerOrganizationIds !== undefined &&
      channels !== undefined &&
      paid !== undefined
    ) {
      const entry = { ...event.data, code, nameKk, nameRu, providerOrganizationIds, channels, paid };
      await this.record(manager, entry, new Date(event.time));
    }
  }

  private async record(manager: EntityManager, entry: ServiceEntryV1, time: Date): Promise<void> {
    await manager.query(
      `INSERT INTO service_ref (id, code, name, owner_id, provider_ids, updated_at)
       VALUES ($1, $2, $3::jsonb, $4, $5::uuid[], $6)
       ON CONFLICT (id) DO UPDATE SET code = EXCLUDED.code, name = EXCLUDED.name,
         owner_id = COALESCE(EXCLUDED.owner_id, service_ref.owner_id), provider_ids = EXCLUDED.provider_ids,
         updated_at = EXCLUDED.updated_at
       WHERE service_ref.updated_at <= EXCLUDED.updated_at`,
      [
        entry.serviceId,
        entry.code,
        JSON.stringify({ kk: entry.nameKk, ru: entry.nameRu }),
        entry.ownerOrganizationId ?? null,
        entry.providerOrganizationIds,
        time,
      ],
    );
  }
}
