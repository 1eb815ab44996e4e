import type { ServiceAmendedV1, ServiceEntryV1, ServiceExcludedV1, ServiceIncludedV1 } from '@kzps/contracts';
import type { ServiceEntryDto } from './dto/service-entry-response.dto';
import { contractChannelOf } from './service-entry.enums';

/**
 * The contract's fields plus the whole entry with every Art. 6.2 field and the organisations' names, so a
 * consumer never calls back (unknown fields are accepted within a version; see libs/contracts).
 */
export interface RegistryEntryDetails {
  entry: ServiceEntryDto;
  decreeNumber: string;
  decreeDate: string;
  effectiveDate: string;
}

export type ServiceIncludedPayload = ServiceIncludedV1 & RegistryEntryDetails;
export type ServiceAmendedPayload = ServiceAmendedV1 & RegistryEntryDetails;
export type ServiceExcludedPayload = ServiceExcludedV1 &
  RegistryEntryDetails & { reasonKk: string; reasonRu: string };

export function decreeText(decreeNumber: string, decreeDate: string): string {
  return `Постановление Правительства Республики Казахстан от ${decreeDate} № ${decreeNumber}`;
}

function contractEntry(entry: ServiceEntryDto, details: Omit<RegistryEntryDetails, 'entry'>): ServiceEntryV1 {
  return {
    serviceId: entry.id,
    code: entry.code,
    nameKk: entry.name.kk,
    nameRu: entry.name.ru,
    providerOrganizationIds: entry.providers.map((p) => p.id),
    channels: [...new Set(entry.channels.map(contractChannelOf))],
    paid: entry.paid,
    ...(entry.termWorkingDays !== null ? { termWorkingDays: entry.termWorkingDays } : {}),
    legalBasis: decreeText(details.decreeNumber, details.decreeDate),
  };
}

export function serviceIncluded(
  entry: ServiceEntryDto,
  details: Omit<RegistryEntryDetails, 'entry'>,
  includedAt: string,
): ServiceIncludedPayload {
  return { ...contractEntry(entry, details), includedAt, entry, ...details };
}

export function serviceAmended(
  entry: ServiceEntryDto,
  details: Omit<RegistryEntryDetails, 'entry'>,
  amendedAt: string,
): ServiceAmendedPayload {
  return { ...contractEntry(entry, details), amendedAt, entry, ...details };
}

export function serviceExcluded(
  entry: ServiceEntryDto,
  details: Omit<RegistryEntryDetails, 'entry'>,
  excludedAt: string,
  reason: { kk: string; ru: string },
): ServiceExcludedPayload {
  return {
    serviceId: entry.id,
    excludedAt,
    legalBasis: decreeText(details.decreeNumber, details.decreeDate),
    reason: reason.ru,
    reasonKk: reason.kk,
    reasonRu: reason.ru,
    entry,
    ...details,
  };
}
