import type { OrganizationUpsertedV1 } from '@kzps/contracts';
import type { Organization } from './organization.entity';
import { contractKindOf, type LocalExecutiveLevel, type OrganizationKind } from './organization.enums';
import { publicIdentifierOf } from './organization.mapper';

/**
 * The upsert event as the registry sends it: the fields the contract added within v1 (optional there for
 * events sent before them) always present, the exact kind and level typed by the registry's own lists.
 * Consumers find the designated authorities and the Ministry of Justice by the roles.
 */
export interface OrganizationUpsertedPayload extends OrganizationUpsertedV1 {
  registryKind: OrganizationKind;
  level: LocalExecutiveLevel | null;
  roles: NonNullable<OrganizationUpsertedV1['roles']>;
  regionKato: string | null;
  version: number;
}

/** The row must carry its IIN (it is not selected by default): the event names an individual by its mask. */
export function organizationUpserted(organization: Organization): OrganizationUpsertedPayload {
  const { bin, iinMasked } = publicIdentifierOf(organization);
  return {
    organizationId: organization.id,
    ...(bin !== null ? { bin } : {}),
    ...(iinMasked !== null ? { iinMasked } : {}),
    nameKk: organization.nameKk,
    nameRu: organization.nameRu,
    kind: contractKindOf(organization.kind),
    parentOrganizationId: organization.parentId,
    active: organization.active,
    updatedAt: organization.updatedAt.toISOString(),
    registryKind: organization.kind,
    level: organization.level,
    roles: [...organization.roles],
    regionKato: organization.regionKato,
    version: organization.version,
  };
}
