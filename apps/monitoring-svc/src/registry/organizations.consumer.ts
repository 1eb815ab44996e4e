import { Injectable } from '@nestjs/common';
import { RegistryEventTypes, type EventEnvelope, type OrganizationUpsertedV1 } from '@kzps/contracts';
import { OnEvent } from '@kzps/messaging';
import type { EntityManager } from 'typeorm';

/**
 * Keeps the copy of the registry's organisations (D12: every event carries the whole organisation, so each is
 * an upsert). Runs in the inbox transaction; an event older than the copy changes nothing.
 */
@Injectable()
export class OrganizationsConsumer {
  @OnEvent(RegistryEventTypes.organizationUpserted)
  async onUpserted(event: EventEnvelope<OrganizationUpsertedV1>, manager: EntityManager): Promise<void> {
    const data = event.data;
    // An upsert without roles predates the field: it says nothing about them, so the copy's roles stay.
    await manager.query(
      `INSERT INTO organization_ref (id, name, kind, roles, parent_id, active, source_updated_at)
       VALUES ($1, $2::jsonb, $3, COALESCE($4::text[], '{}'), $5, $6, $7)
       ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, kind = EXCLUDED.kind,
         roles = COALESCE($4::text[], organization_ref.roles), parent_id = EXCLUDED.parent_id,
         active = EXCLUDED.active, source_updated_at = EXCLUDED.source_updated_at
       WHERE organization_ref.source_updated_at <= EXCLUDED.source_updated_at`,
      [
        data.organizationId,
        JSON.stringify({ kk: data.nameKk, ru: data.nameRu }),
        data.kind,
        data.roles ?? null,
        data.parentOrganizationId ?? null,
        data.active,
        new Date(data.updatedAt),
      ],
    );
  }
}
