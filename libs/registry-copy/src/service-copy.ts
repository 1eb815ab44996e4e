import type { ServiceEntryV1, ServiceExcludedV1 } from '@kzps/contracts';
import type { EntityManager } from 'typeorm';

/** What a service may keep of a registry service beyond its code, names, owner and providers. */
export interface ServiceCopyFields {
  /** Whether the service is paid (Art. 8.6). */
  paid?: boolean;
  /** Whether the registry holds it now ('included') or excluded it: a service that takes new requests. */
  status?: boolean;
}

/** The entry an exclusion carries (registry-svc sends it as the entry left the registry), or none. */
export function entryOfExclusion(data: ServiceExcludedV1): ServiceEntryV1 | undefined {
  const { code, nameKk, nameRu, providerOrganizationIds, channels, paid } = data;
  if (
    code === undefined ||
    nameKk === undefined ||
    nameRu === undefined ||
    providerOrganizationIds === undefined ||
    channels === undefined ||
    paid === undefined
  )
    return undefined;
  return { ...data, code, nameKk, nameRu, providerOrganizationIds, channels, paid };
}

/**
 * Upserts the entry into the service's `service_ref` as of `time`, unless a newer event was applied. With
 * `status` kept, `standing` sets it; an amendment (no standing) keeps the one the copy has.
 */
export async function upsertServiceCopy(
  manager: EntityManager,
  entry: ServiceEntryV1,
  time: Date,
  fields: ServiceCopyFields,
  standing?: 'included' | 'excluded',
): Promise<void> {
  const columns: string[] = [];
  const values: string[] = [];
  const updates: string[] = [];
  const params: unknown[] = [
    entry.serviceId,
    entry.code,
    JSON.stringify({ kk: entry.nameKk, ru: entry.nameRu }),
    entry.ownerOrganizationId ?? null,
    entry.providerOrganizationIds,
    time,
  ];
  if (fields.paid) {
    params.push(entry.paid);
    columns.push('paid');
    values.push(`$${params.length}`);
    updates.push('paid = EXCLUDED.paid');
  }
  if (fields.status) {
    params.push(standing ?? null);
    columns.push('status');
    values.push(`COALESCE($${params.length}, 'included')`);
    updates.push(`status = COALESCE($${params.length}, service_ref.status)`);
  }
  const more = (items: string[]) => items.map((item) => `, ${item}`).join('');
  await manager.query(
    `INSERT INTO service_ref (id, code, name, owner_id, provider_ids, updated_at${more(columns)})
     VALUES ($1, $2, $3::jsonb, $4, $5::uuid[], $6${more(values)})
     ON CONFLICT (id) DO UPDATE SET code = EXCLUDED.code, name = EXCLUDED.name,
       owner_id = COALESCE(EXCLUDED.owner_id, service_ref.owner_id), provider_ids = EXCLUDED.provider_ids,
       updated_at = EXCLUDED.updated_at${more(updates)}
     WHERE service_ref.updated_at <= EXCLUDED.updated_at`,
    params,
  );
}

/** Marks a service the copy knows as excluded, for an exclusion that carries no entry. */
export async function markServiceExcluded(
  manager: EntityManager,
  serviceId: string,
  time: Date,
): Promise<void> {
  await manager.query(
    `UPDATE service_ref SET status = 'excluded', updated_at = $2 WHERE id = $1 AND updated_at <= $2`,
    [serviceId, time],
  );
}
