import type {
  DecreeV1,
  ServiceAmendedV1,
  ServiceEntryV1,
  ServiceExcludedV1,
  ServiceIncludedV1,
} from '@kzps/contracts';
import { decreeTitle, type DecreeDetails } from './decree';
import type { ServiceEntryDto } from './dto/service-entry-response.dto';
import { contractChannelOf } from './service-entry.enums';

function decreeOf(details: DecreeDetails): DecreeV1 {
  const title = decreeTitle(details.decreeKind, details.decreeNumber, details.decreeDate);
  return {
    number: details.decreeNumber,
    date: details.decreeDate,
    effectiveDate: details.effectiveDate,
    kind: details.decreeKind,
    title: { kk: title.kk, ru: title.ru },
  };
}

/** Every Art. 6.2 field of the entry, typed, so a consumer never calls back. */
function contractEntry(entry: ServiceEntryDto, details: DecreeDetails): ServiceEntryV1 {
  return {
    serviceId: entry.id,
    code: entry.code,
    nameKk: entry.name.kk,
    nameRu: entry.name.ru,
    providerOrganizationIds: entry.providers.map((p) => p.id),
    channels: [...new Set(entry.channels.map(contractChannelOf))],
    paid: entry.paid,
    ...(entry.termWorkingDays !== null ? { termWorkingDays: entry.termWorkingDays } : {}),
    // The act that included or amended the entry, in Russian (v1's text); decree.title has both languages.
    legalBasis: decreeTitle(details.decreeKind, details.decreeNumber, details.decreeDate).ru,
    // An entry whose developer is still to be named (D25) says nothing of it.
    ...(entry.owner ? { ownerOrganizationId: entry.owner.id } : {}),
    intakeOrganizationIds: entry.intakeOrganizations.map((o) => o.id),
    intakeViaPortal: entry.intakeViaPortal,
    recipientTypes: [...entry.recipientTypes],
    deliveryForm: entry.deliveryForm,
    deliveryChannels: [...entry.channels],
    feeLegalBasis: entry.feeLegalBasis ? { kk: entry.feeLegalBasis.kk, ru: entry.feeLegalBasis.ru } : null,
    statutoryBasis: { kk: entry.legalBasis.kk, ru: entry.legalBasis.ru },
    descriptionKk: entry.description?.kk ?? null,
    descriptionRu: entry.description?.ru ?? null,
    classifierCode: entry.classifier.code,
    version: entry.version,
    decree: decreeOf(details),
  };
}

export function serviceIncluded(
  entry: ServiceEntryDto,
  details: DecreeDetails,
  includedAt: string,
): ServiceIncludedV1 {
  return { ...contractEntry(entry, details), includedAt };
}

export function serviceAmended(
  entry: ServiceEntryDto,
  details: DecreeDetails,
  amendedAt: string,
): ServiceAmendedV1 {
  return { ...contractEntry(entry, details), amendedAt };
}

/** The exclusion carries the entry as it left the registry, like the inclusion and the amendments. */
export function serviceExcluded(
  entry: ServiceEntryDto,
  details: DecreeDetails,
  excludedAt: string,
  reason: { kk: string; ru: string },
): ServiceExcludedV1 {
  return {
    ...contractEntry(entry, details),
    excludedAt,
    reason: reason.ru,
    reasonKk: reason.kk,
    reasonRu: reason.ru,
  };
}
