import { formatAlmaty, startOfLocalDay } from '@kzps/calendar';
import { In, type EntityManager } from 'typeorm';
import { bilingual, optionalBilingual } from '@kzps/platform';
import { ClassifierNode } from '../classifier/classifier-node.entity';
import { Organization } from '../organizations/organization.entity';
import { toOrganizationRef } from '../organizations/organization.mapper';
import { LOCAL_EXECUTIVE_BODY } from '../organizations/organization.enums';
import type {
  ClassifierRefDto,
  OrganizationRefDto,
  ServiceEntryDto,
  ServiceEntryVersionDto,
} from './dto/service-entry-response.dto';
import { decreeTitle, type DecreeKind } from './decree';
import type { ServiceEntryContent, ServiceEntryVersion } from './service-entry.entity';
import type { ServiceStatus } from './service-entry.enums';

/** What a response or an event needs beside the content: the entry's identity and lifecycle facts. */
export interface EntryHeader {
  id: string;
  code: string;
  status: ServiceStatus;
  version: number;
  inclusionDecreeKind: DecreeKind | null;
  inclusionDecreeNumber: string | null;
  inclusionDecreeDate: string | null;
  includedAt: Date | null;
  excludedAt: Date | null;
  updatedAt: Date;
}

/** The organisations and classifier positions a batch of entries names. */
export interface ReferencedIds {
  organizationIds: string[];
  classifierCodes: string[];
}

export function referencedIds(contents: ServiceEntryContent[]): ReferencedIds {
  const organizationIds = new Set<string>();
  const codes = new Set<string>();
  for (const content of contents) {
    if (content.ownerId) organizationIds.add(content.ownerId);
    content.providerIds.forEach((id) => organizationIds.add(id));
    content.intakeOrganizationIds.forEach((id) => organizationIds.add(id));
    codes.add(content.classifierCode);
  }
  return { organizationIds: [...organizationIds], classifierCodes: [...codes] };
}

/** Names of the organisations and classifier positions a batch of entries refers to, in two queries. */
export class EntryReferences {
  private constructor(
    private readonly organizations: ReadonlyMap<string, OrganizationRefDto>,
    private readonly classifier: ReadonlyMap<string, ClassifierRefDto>,
  ) {}

  static async load(manager: EntityManager, contents: ServiceEntryContent[]): Promise<EntryReferences> {
    const { organizations, classifier } = await EntryReferences.read(manager, referencedIds(contents));
    return EntryReferences.of(organizations, classifier);
  }

  /** The references themselves, for whoever keeps them (the search's reference cache). */
  static async read(
    manager: EntityManager,
    ids: ReferencedIds,
  ): Promise<{ organizations: OrganizationRefDto[]; classifier: ClassifierRefDto[] }> {
    const [organizations, nodes] = await Promise.all([
      ids.organizationIds.length === 0
        ? []
        : manager.getRepository(Organization).find({ where: { id: In(ids.organizationIds) } }),
      ids.classifierCodes.length === 0
        ? []
        : manager.getRepository(ClassifierNode).find({ where: { code: In(ids.classifierCodes) } }),
    ]);
    return {
      organizations: organizations.map(toOrganizationRef),
      classifier: nodes.map((n) => ({ code: n.code, nameKk: n.nameKk, nameRu: n.nameRu })),
    };
  }

  static of(organizations: OrganizationRefDto[], classifier: ClassifierRefDto[]): EntryReferences {
    return new EntryReferences(
      new Map(organizations.map((o) => [o.id, o])),
      new Map(classifier.map((node) => [node.code, node])),
    );
  }

  organization(id: string): OrganizationRefDto {
    // Organisations are never deleted (only deactivated), so a miss means a broken reference: show the id.
    return (
      this.organizations.get(id) ?? { id, bin: null, nameKk: '', nameRu: '', kind: null, regionKato: null }
    );
  }

  classifierNode(code: string): ClassifierRefDto {
    return this.classifier.get(code) ?? { code, nameKk: '', nameRu: '' };
  }
}

/**
 * Art. 7.1, 9.5: the clocks start at 00:00 in Kazakhstan on the day the decree takes effect (the calendar
 * library knows the change from UTC+6 to UTC+5 on 1 March 2024).
 */
export function startOfAlmatyDay(date: string): Date {
  return startOfLocalDay(date);
}

/** An instant as Kazakhstan's local time with its offset, e.g. `2026-03-20T10:00:00+05:00`. */
export function almatyDateTime(instant: Date): string {
  return formatAlmaty(instant).replace(/\.\d{3}(?=[+-])/, '');
}

/**
 * The entry's lifecycle facts as a version left them: the inclusion decree from the inclusion on, the
 * exclusion only on the exclusion itself, never a later decree's facts in an earlier snapshot.
 */
export function headerOfVersion(
  entry: { id: string; code: string },
  version: ServiceEntryVersion,
  inclusion: ServiceEntryVersion | null,
): EntryHeader {
  const included = inclusion !== null && inclusion.version <= version.version ? inclusion : null;
  return {
    id: entry.id,
    code: entry.code,
    status: version.status,
    version: version.version,
    inclusionDecreeKind: included?.decreeKind ?? null,
    inclusionDecreeNumber: included?.decreeNumber ?? null,
    inclusionDecreeDate: included?.decreeDate ?? null,
    includedAt: included?.effectiveDate ? startOfAlmatyDay(included.effectiveDate) : null,
    excludedAt:
      version.change === 'excluded' && version.effectiveDate ? startOfAlmatyDay(version.effectiveDate) : null,
    updatedAt: version.appliedAt ?? version.recordedAt,
  };
}

export function toVersionDto(
  entry: { id: string; code: string },
  version: ServiceEntryVersion,
  inclusion: ServiceEntryVersion | null,
  references: EntryReferences,
): ServiceEntryVersionDto {
  return {
    version: version.version,
    change: version.change,
    status: version.status,
    decreeKind: version.decreeKind,
    decreeTitle:
      version.decreeKind && version.decreeNumber && version.decreeDate
        ? decreeTitle(version.decreeKind, version.decreeNumber, version.decreeDate)
        : null,
    decreeNumber: version.decreeNumber,
    decreeDate: version.decreeDate,
    effectiveDate: version.effectiveDate,
    reason: optionalBilingual(version.reasonKk, version.reasonRu),
    recordedBy: version.recordedBy,
    recordedAt: version.recordedAt.toISOString(),
    appliedAt: version.appliedAt?.toISOString() ?? null,
    revocation: version.revokedAt
      ? {
          revokedAt: version.revokedAt.toISOString(),
          revokedBy: version.revokedBy ?? '',
          reason: bilingual(version.revocationReasonKk ?? '', version.revocationReasonRu ?? ''),
        }
      : null,
    parking: version.parkedAt
      ? {
          parkedAt: version.parkedAt.toISOString(),
          error: bilingual(version.parkedErrorKk ?? '', version.parkedErrorRu ?? ''),
        }
      : null,
    entry: toServiceEntryDto(headerOfVersion(entry, version, inclusion), version.content, references),
  };
}

export function toServiceEntryDto(
  header: EntryHeader,
  content: ServiceEntryContent,
  references: EntryReferences,
): ServiceEntryDto {
  const providers = content.providerIds.map((id) => references.organization(id));
  return {
    id: header.id,
    code: header.code,
    status: header.status,
    version: header.version,
    name: bilingual(content.nameKk, content.nameRu),
    description: optionalBilingual(content.descriptionKk, content.descriptionRu),
    classifier: references.classifierNode(content.classifierCode),
    recipientTypes: [...content.recipientTypes],
    owner: content.ownerId ? references.organization(content.ownerId) : null,
    providers,
    deliveredByLocalExecutiveBodies: providers.some((p) => p.kind === LOCAL_EXECUTIVE_BODY),
    intakeOrganizations: content.intakeOrganizationIds.map((id) => references.organization(id)),
    intakeViaPortal: content.intakeViaPortal,
    deliveryForm: content.deliveryForm,
    channels: [...content.channels],
    paid: content.paid,
    feeLegalBasis: optionalBilingual(content.feeLegalBasisKk, content.feeLegalBasisRu),
    legalBasis: bilingual(content.legalBasisKk, content.legalBasisRu),
    termWorkingDays: content.termWorkingDays,
    inclusion:
      header.inclusionDecreeKind &&
      header.inclusionDecreeNumber &&
      header.inclusionDecreeDate &&
      header.includedAt
        ? {
            kind: header.inclusionDecreeKind,
            title: decreeTitle(
              header.inclusionDecreeKind,
              header.inclusionDecreeNumber,
              header.inclusionDecreeDate,
            ),
            decreeNumber: header.inclusionDecreeNumber,
            decreeDate: header.inclusionDecreeDate,
            effectiveDate: almatyDateTime(header.includedAt).slice(0, 10),
          }
        : null,
    includedAt: header.includedAt ? almatyDateTime(header.includedAt) : null,
    excludedAt: header.excludedAt ? almatyDateTime(header.excludedAt) : null,
    updatedAt: header.updatedAt.toISOString(),
  };
}
