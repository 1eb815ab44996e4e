import { Topics } from '../topics/topic-names';
import { calendarChangedEvent, type CalendarChangedV1 } from './calendar.events';
import { defineEvent } from '../events/event-definition';
import {
  arrayOf,
  bin,
  bool,
  id,
  int,
  isoDate,
  isoDateTime,
  nullable,
  objectOf,
  oneOf,
  optional,
  payload,
  str,
  type Shape,
} from '../validation/rules';
import {
  deliveryChannels,
  deliveryForms,
  organizationKinds,
  organizationRoles,
  recipientTypes,
  serviceChannels,
  type DeliveryChannel,
  type DeliveryForm,
  type OrganizationKind,
  type OrganizationRole,
  type RecipientType,
  type ServiceChannel,
} from './registry.enums';

// Payloads carry the full new state of the aggregate (not a diff), so a read model can apply any one
// event on its own. Within a version only optional fields may be added.

/** Subject: the organisation id. */
export interface OrganizationUpsertedV1 {
  organizationId: string;
  /**
   * The BIN of every organisation except an individual provider (kind `individual`, Art. 5.2.2), which
   * has an IIN instead. The IIN never travels in an event: `iinMasked` (`8501******23`) stands for it.
   */
  bin?: string;
  /** Only for an individual provider: the IIN masked, never the whole number. */
  iinMasked?: string;
  nameKk: string;
  nameRu: string;
  kind: OrganizationKind;
  parentOrganizationId?: string | null;
  active: boolean;
  updatedAt: string;
  /**
   * Added within v1 (registry-svc always sends it): the parts the organisation plays. An event without it
   * predates the field and says nothing about the roles, not that there are none.
   */
  roles?: OrganizationRole[];
  /**
   * Added within v1 (registry-svc always sends it): the registry's finer kind (`psc`, `specialised-psc`,
   * `department`, ...), beside the coarse `kind` every consumer knows.
   */
  registryKind?: string;
  /** Added within v1: the KATO code of the organisation's region (9 digits), null when not recorded. */
  regionKato?: string | null;
}

export interface BilingualTextV1 {
  kk: string;
  ru: string;
}

/**
 * The kinds of act that change the registry. Art. 6.3: the Government approves the registry (a resolution:
 * постановление / қаулы); in practice, since 31 January 2020, the registry is an order of the authorised body
 * in the sphere of public services (No. 39/НҚ: приказ / бұйрық), amended by further orders.
 */
export const decreeKinds = ['government-resolution', 'authorised-body-order'] as const;
export type DecreeKind = (typeof decreeKinds)[number];

/** The act behind an inclusion, amendment or exclusion (Art. 6.3-4). */
export interface DecreeV1 {
  number: string;
  date: string;
  effectiveDate: string;
  /** Added within v1 (registry-svc always sends it): an event without it does not say which kind of act. */
  kind?: DecreeKind;
  /** Added within v1: the act's title in Kazakh and Russian, derived from its kind, date and number. */
  title?: BilingualTextV1;
}

/**
 * The register entry of a public service, shared by the inclusion and amendment events: every field of
 * Art. 6.2, so a consumer never calls back. Fields after `legalBasis` were added within v1 (optional in the
 * type; registry-svc always sends them).
 */
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
  /** The central state body or local executive body that develops and approves the standard (Art. 6.2, 7.1). */
  ownerOrganizationId?: string;
  /** The organisations that accept applications and hand out results (PSCs, providers). */
  intakeOrganizationIds?: string[];
  /** Applications and results also through the e-government portal. */
  intakeViaPortal?: boolean;
  recipientTypes?: RecipientType[];
  deliveryForm?: DeliveryForm;
  /** `channels` in full: a specialised PSC is told apart from a PSC. */
  deliveryChannels?: DeliveryChannel[];
  /** The legal basis of the fee when the service is paid. */
  feeLegalBasis?: BilingualTextV1 | null;
  /** The law that establishes the service. */
  statutoryBasis?: BilingualTextV1;
  descriptionKk?: string | null;
  descriptionRu?: string | null;
  /** Position in the classifier of services (sphere and sub-sphere). */
  classifierCode?: string;
  /** The entry's version in the registry (each amendment is a new one). */
  version?: number;
  decree?: DecreeV1;
}

/** Subject: the service id. */
export interface ServiceIncludedV1 extends ServiceEntryV1 {
  includedAt: string;
}

/** Subject: the service id. */
export interface ServiceAmendedV1 extends ServiceEntryV1 {
  amendedAt: string;
}

/**
 * Subject: the service id. Carries the entry as it left the registry (every `ServiceEntryV1` field, added
 * within v1: optional in the type, registry-svc always sends them), so a consumer needs no call back.
 */
export interface ServiceExcludedV1 extends Partial<ServiceEntryV1> {
  serviceId: string;
  excludedAt: string;
  /** The reason in Russian (kept for v1 consumers); `reasonKk` and `reasonRu` give both languages. */
  reason?: string;
  reasonKk?: string;
  reasonRu?: string;
}

const bilingualText = objectOf({ kk: str({ maxLength: 4000 }), ru: str({ maxLength: 4000 }) });
const decree = objectOf({
  number: str({ maxLength: 50 }),
  date: isoDate(),
  effectiveDate: isoDate(),
  kind: optional(oneOf(decreeKinds)),
  title: optional(bilingualText),
});

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
  ownerOrganizationId: optional(id()),
  intakeOrganizationIds: optional(arrayOf(id())),
  intakeViaPortal: optional(bool()),
  recipientTypes: optional(arrayOf(oneOf(recipientTypes), { minItems: 1 })),
  deliveryForm: optional(oneOf(deliveryForms)),
  deliveryChannels: optional(arrayOf(oneOf(deliveryChannels), { minItems: 1 })),
  feeLegalBasis: optional(nullable(bilingualText)),
  statutoryBasis: optional(bilingualText),
  descriptionKk: optional(nullable(str({ maxLength: 4000 }))),
  descriptionRu: optional(nullable(str({ maxLength: 4000 }))),
  classifierCode: optional(str({ maxLength: 50 })),
  version: optional(int({ min: 1 })),
  decree: optional(decree),
};

const organizationShape = payload({
  organizationId: id(),
  bin: optional(bin()),
  iinMasked: optional(str({ pattern: /^\d{4}\*{6}\d{2}$/, patternName: 'a masked IIN like 8501******23' })),
  nameKk: str({ maxLength: 1000 }),
  nameRu: str({ maxLength: 1000 }),
  kind: oneOf(organizationKinds),
  parentOrganizationId: optional(nullable(id())),
  active: bool(),
  updatedAt: isoDateTime(),
  roles: optional(arrayOf(oneOf(organizationRoles))),
  registryKind: optional(str({ maxLength: 50 })),
  regionKato: optional(nullable(str({ pattern: /^\d{9}$/, patternName: 'a 9-digit KATO code' }))),
});

/** The shape, and the identifier the kind calls for: an individual by masked IIN, anyone else by BIN. */
function organizationUpsertedProblems(data: unknown): string[] {
  const problems = organizationShape(data);
  if (problems.length > 0) return problems;
  const organization = data as OrganizationUpsertedV1;
  if (organization.kind === 'individual') {
    return [
      ...(organization.iinMasked === undefined ? ['iinMasked is required for an individual'] : []),
      ...(organization.bin !== undefined ? ['bin must be absent for an individual'] : []),
    ];
  }
  return [
    ...(organization.bin === undefined ? ['bin is required'] : []),
    ...(organization.iinMasked !== undefined ? ['iinMasked is only for an individual'] : []),
  ];
}

/** The same fields, each optional: what an event that may predate them accepts. */
function optionalShape(shape: Shape): Shape {
  return Object.fromEntries(
    Object.entries(shape).map(([field, rule]) => [field, 'optional' in rule ? rule : optional(rule)]),
  );
}

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
    validate: organizationUpsertedProblems,
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
      ...optionalShape(serviceEntryShape),
      serviceId: id(),
      excludedAt: isoDateTime(),
      reason: optional(str({ maxLength: 2000 })),
      reasonKk: optional(str({ maxLength: 2000 })),
      reasonRu: optional(str({ maxLength: 2000 })),
    }),
  }),
  [RegistryEventTypes.calendarChanged]: calendarChangedEvent,
} as const;
