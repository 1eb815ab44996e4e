import type { OrganizationUpsertedV1 } from '@kzps/contracts';
import type { Organization } from './organization.entity';
import { contractKindOf, type LocalExecutiveLevel, type OrganizationKind } from './organization.enums';
import { publicIdentifierOf } from './organization.mapper';

/**
 * The upsert event with the registry's full detail beside the contract's fields (unknown fields are
 * accepted within a version): the exact kind, the level of a local executive body and region. The roles
 * are the contract's (optional there for events sent before them); the registry always sends them, since
 * consumers find the designated authorities and the Ministry of Justice by them.
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
