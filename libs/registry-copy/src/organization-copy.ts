import type { OrganizationUpsertedV1 } from '@kzps/contracts';
import type { EntityManager } from 'typeorm';

/** The facts of an organisation a service may keep beyond its name, kind, roles and standing. */
export type OrganizationCopyField = 'bin' | 'registryKind' | 'regionKato' | 'parentId';

interface Column {
  name: string;
  value: (data: OrganizationUpsertedV1) => unknown;
  /** The SET clause; `$p` stands for the column's own parameter. */
  update: string;
}

// An upsert that lacks a field newer upserts carry (roles, registry kind, region) predates it and says
// nothing about it, so the copy keeps what it knew; a null the registry sends says "none".
const optional: Record<OrganizationCopyField, Column> = {
  bin: { name: 'bin', value: (d) => d.bin ?? null, update: 'bin = EXCLUDED.bin' },
  registryKind: {
    name: 'registry_kind',
    value: (d) => d.registryKind ?? null,
    update: 'registry_kind = COALESCE(EXCLUDED.registry_kind, organization_ref.registry_kind)',
  },
  regionKato: {
    name: 'region_kato',
    value: (d) => d.regionKato ?? null,
    update: `region_kato = CASE WHEN $present THEN EXCLUDED.region_kato ELSE organization_ref.region_kato END`,
  },
  parentId: {
    name: 'parent_id',
    value: (d) => d.parentOrganizationId ?? null,
    update: 'parent_id = EXCLUDED.parent_id',
  },
};

/**
 * Upserts the registry's organisation into the service's `organization_ref` (D12: the event carries the
 * whole organisation), keeping `fields` besides id, name, kind, roles and `active`. Runs in the inbox
 * transaction; an event older than the copy (a retry, a dead-letter replay) changes nothing.
 */
export async function upsertOrganizationCopy(
  manager: EntityManager,
  data: OrganizationUpsertedV1,
  fields: readonly OrganizationCopyField[],
): Promise<void> {
  const kept = fields.map((field) => optional[field]);
  const params: unknown[] = [
    data.organizationId,
    JSON.stringify({ kk: data.nameKk, ru: data.nameRu }),
    data.kind,
    data.roles ?? null,
    data.active,
    new Date(data.updatedAt),
    ...kept.map((column) => column.value(data)),
  ];
  // Only a copy that keeps the region asks whether the event carried one: an unused parameter has no type,
  // and PostgreSQL refuses the statement (42P18).
  if (fields.includes('regionKato')) params.push(data.regionKato !== undefined);
  const present = `$${params.length}`;
  const columns = kept.map((column) => column.name);
  const values = kept.map((_, i) => `$${i + 7}`);
  const updates = kept.map((column) => column.update.replace('$present', present));
  await manager.query(
    `INSERT INTO organization_ref (id, name, kind, roles, active, source_updated_at${columns.map((c) => `, ${c}`).join('')})
     VALUES ($1, $2::jsonb, $3, COALESCE($4::text[], '{}'), $5, $6${values.map((v) => `, ${v}`).join('')})
     ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, kind = EXCLUDED.kind,
       roles = COALESCE($4::text[], organization_ref.roles), active = EXCLUDED.active,
       source_updated_at = EXCLUDED.source_updated_at${updates.map((u) => `, ${u}`).join('')}
     WHERE organization_ref.source_updated_at <= EXCLUDED.source_updated_at`,
    params,
  );
}
