import { maskIin } from '@kzps/identifiers';
import type { OrganizationRefDto } from '../services/dto/service-entry-response.dto';
import type { OrganizationResponseDto } from './dto/organization.dto';
import type { Organization, OrganizationContent } from './organization.entity';

/** How an organisation is identified in public: its BIN, or an individual provider's IIN masked. */
export interface PublicIdentifier {
  bin: string | null;
  iinMasked: string | null;
}

export function publicIdentifierOf(organization: {
  bin: string | null;
  iin?: string | null;
}): PublicIdentifier {
  return {
    bin: organization.bin,
    iinMasked: organization.iin ? maskIin(organization.iin) : null,
  };
}

/** The row's fields as a version records them (the row must carry its IIN). */
export function contentOfRow(row: Organization): OrganizationContent {
  return {
    bin: row.bin,
    iin: row.iin ?? null,
    nameKk: row.nameKk,
    nameRu: row.nameRu,
    kind: row.kind,
    level: row.level,
    roles: [...row.roles],
    parentId: row.parentId,
    regionKato: row.regionKato,
    active: row.active,
  };
}

export function toOrganizationResponse(row: Organization): OrganizationResponseDto {
  return toOrganizationSnapshot(row.id, contentOfRow(row), row.version, row.updatedAt);
}

/** A past state of the organisation as the public sees it (the IIN masked). */
export function toOrganizationSnapshot(
  id: string,
  content: OrganizationContent,
  version: number,
  changedAt: Date,
): OrganizationResponseDto {
  return {
    id,
    // Versions recorded before IINs existed have no `iin` key.
    ...publicIdentifierOf({ bin: content.bin, iin: content.iin ?? null }),
    nameKk: content.nameKk,
    nameRu: content.nameRu,
    kind: content.kind,
    level: content.level,
    roles: [...content.roles],
    parentId: content.parentId,
    regionKato: content.regionKato,
    active: content.active,
    version,
    updatedAt: changedAt.toISOString(),
  };
}

/** The organisation as a registry entry names it: identity, names, kind and territory, never an IIN. */
export function toOrganizationRef(row: Organization): OrganizationRefDto {
  return {
    id: row.id,
    bin: row.bin,
    nameKk: row.nameKk,
    nameRu: row.nameRu,
    kind: row.kind,
    regionKato: row.regionKato,
  };
}
