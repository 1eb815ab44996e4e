import { Topics } from '../topics/topic-names';
import { calendarChangedEvent, type CalendarChangedV1 } from './calendar.events';
import { defineEvent } from '../events/event-definition';
import {
  arrayOf,
  bin,
  bool,
  id,
  int,
  isoDateTime,
  nullable,
  oneOf,
  optional,
  payload,
  str,
  type Shape,
} from '../validation/rules';
import {
  organizationKinds,
  serviceChannels,
  type OrganizationKind,
  type ServiceChannel,
} from './registry.enums';

// Payloads carry the full new state of the aggregate (not a diff), so a read model can apply any one
// event on its own. Within a version only optional fields may be added.

/** Subject: the organisation id. */
export interface OrganizationUpsertedV1 {
  organizationId: string;
  bin: string;
  nameKk: string;
  nameRu: string;
  kind: OrganizationKind;
  parentOrganizationId?: string | null;
  active: boolean;
  updatedAt: string;
}

/** The register entry of a public service, shared by the inclusion and amendment events. */
export interface ServiceEntryV1 {
  serviceId: string;
  /** Code in the register of public services. */
  code: string;
  nameKk: string;
  nameRu: string;
  providerOrganizationIds: string[];
  channels: ServiceChannel[];
  paid: boolean;
  /** Term of rendering in working days, when the standard fixes one. */
  termWorkingDays?: number;
  /** The act that included or amended the entry. */
  legalBasis?: string;
}

/** Subject: the service id. */
export interface ServiceIncludedV1 extends ServiceEntryV1 {
  includedAt: string;
}

/** Subject: the service id. */
export interface ServiceAmendedV1 extends ServiceEntryV1 {
  amendedAt: string;
}

/** Subject: the service id. */
export interface ServiceExcludedV1 {
  serviceId: string;
  excludedAt: string;
  legalBasis?: string;
  reason?: string;
}

const serviceEntryShape: Shape = {
  serviceId: id(),
  code: str({ maxLength: 50 }),
  nameKk: str({ maxLength: 1000 }),
  nameRu: str({ maxLength: 1000 }),
  providerOrganizationIds: arrayOf(id()),
  channels: arrayOf(oneOf(serviceChannels), { minItems: 1 }),
  paid: bool(),
  termWorkingDays: optional(int({ min: 0, max: 365 })),
  legalBasis: optional(str({ maxLength: 1000 })),
};

export const RegistryEventTypes = {
  organizationUpserted: 'kz.gov.registry.organization.upserted.v1',
  serviceIncluded: 'kz.gov.registry.service.included.v1',
  serviceAmended: 'kz.gov.registry.service.amended.v1',
  serviceExcluded: 'kz.gov.registry.service.excluded.v1',
  calendarChanged: calendarChangedEvent.type,
} as const;

export interface RegistryEventPayloads {
  'kz.gov.registry.organization.upserted.v1': OrganizationUpsertedV1;
  'kz.gov.registry.service.included.v1': ServiceIncludedV1;
  'kz.gov.registry.service.amended.v1': ServiceAmendedV1;
  'kz.gov.registry.service.excluded.v1': ServiceExcludedV1;
  'kz.gov.registry.calendar.changed.v1': CalendarChangedV1;
}

export const registryEvents = {
  [RegistryEventTypes.organizationUpserted]: defineEvent<OrganizationUpsertedV1>({
    type: RegistryEventTypes.organizationUpserted,
    topic: Topics.registryOrganizations,
    validate: payload({
      organizationId: id(),
      bin: bin(),
      nameKk: str({ maxLength: 1000 }),
      nameRu: str({ maxLength: 1000 }),
      kind: oneOf(organizationKinds),
      parentOrganizationId: optional(nullable(id())),
      active: bool(),
      updatedAt: isoDateTime(),
    }),
  }),
  [RegistryEventTypes.serviceIncluded]: defineEvent<ServiceIncludedV1>({
    type: RegistryEventTypes.serviceIncluded,
    topic: Topics.registryServices,
    validate: payload({ ...serviceEntryShape, includedAt: isoDateTime() }),
  }),
  [RegistryEventTypes.serviceAmended]: defineEvent<ServiceAmendedV1>({
    type: RegistryEventTypes.serviceAmended,
    topic: Topics.registryServices,
    validate: payload({ ...serviceEntryShape, amendedAt: isoDateTime() }),
  }),
  [RegistryEventTypes.serviceExcluded]: defineEvent<ServiceExcludedV1>({
    type: RegistryEventTypes.serviceExcluded,
    topic: Topics.registryServices,
    validate: payload({
      serviceId: id(),
      excludedAt: isoDateTime(),
      legalBasis: optional(str({ maxLength: 1000 })),
      reason: optional(str({ maxLength: 2000 })),
    }),
  }),
  [RegistryEventTypes.calendarChanged]: calendarChangedEvent,
} as const;
