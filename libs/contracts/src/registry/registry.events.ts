import { z } from 'zod';
import { defineEvent, type PayloadOf, type PayloadOfSchema } from '../events/event-definition';
import {
  bilingual,
  bin,
  id,
  int,
  isoDate,
  isoDateTime,
  kato,
  maskedIin,
  text,
} from '../events/payload-fields';
import { catalogOf, typesOf, type PayloadMapOf } from '../events/event-catalog-of';
import { Topics } from '../topics/topic-names';
import { calendarChangedEvent } from './calendar.events';
import {
  deliveryChannels,
  deliveryForms,
  organizationKinds,
  organizationRoles,
  recipientTypes,
  serviceChannels,
} from './registry.enums';

// Payloads carry the full new state of the aggregate (not a diff), so a read model can apply any one
// event on its own. Within a version only optional fields may be added.

const organization = z
  .looseObject({
    organizationId: id(),
    /**
     * The BIN of every organisation except an individual provider (kind `individual`, Art. 5.2.2), which
     * has an IIN instead. The IIN never travels in an event: `iinMasked` (`8501******23`) stands for it.
     */
    bin: bin().optional(),
    /** Only for an individual provider: the IIN masked, never the whole number. */
    iinMasked: maskedIin().optional(),
    nameKk: text(1000),
    nameRu: text(1000),
    kind: z.enum(organizationKinds),
    parentOrganizationId: id().nullable().optional(),
    active: z.boolean(),
    updatedAt: isoDateTime(),
    /**
     * Added within v1 (registry-svc always sends it): the parts the organisation plays. An event without it
     * predates the field and says nothing about the roles, not that there are none.
     */
    roles: z.array(z.enum(organizationRoles)).optional(),
    /**
     * Added within v1 (registry-svc always sends it): the registry's finer kind (`psc`, `specialised-psc`,
     * `department`, ...), beside the coarse `kind` every consumer knows.
     */
    registryKind: text(50).optional(),
    /** Added within v1: the KATO code of the organisation's region (9 digits), null when not recorded. */
    regionKato: kato().nullable().optional(),
    /** Added within v1: the level of a local executive body (`oblast`, `district`, ...), else null. */
    level: text(50).nullable().optional(),
    /** Added within v1: the organisation's version in the registry; a copy keeps the highest it has seen. */
    version: int({ min: 1 }).optional(),
  })
  .superRefine((organization, context) => {
    const problem = (path: string, message: string) =>
      context.addIssue({ code: 'custom', path: [path], message, input: organization });
    if (organization.kind === 'individual') {
      if (organization.iinMasked === undefined) problem('iinMasked', 'is required for an individual');
      if (organization.bin !== undefined) problem('bin', 'must be absent for an individual');
      return;
    }
    if (organization.bin === undefined) problem('bin', 'is required');
    if (organization.iinMasked !== undefined) problem('iinMasked', 'is only for an individual');
  })
  // The same rule for readers of the JSON Schema: an individual by masked IIN, anyone else by BIN.
  .meta({
    if: { properties: { kind: { const: 'individual' } }, required: ['kind'] },
    then: { required: ['iinMasked'], properties: { bin: false } },
    else: { required: ['bin'], properties: { iinMasked: false } },
  });

/**
 * The kinds of act that change the registry. Art. 6.3: the Government approves the registry (a resolution:
 * постановление / қаулы); in practice, since 31 January 2020, the registry is an order of the authorised body
 * in the sphere of public services (No. 39/НҚ: приказ / бұйрық), amended by further orders.
 */
export const decreeKinds = ['government-resolution', 'authorised-body-order'] as const;
export type DecreeKind = (typeof decreeKinds)[number];

const bilingualText = bilingual(4000);
export type BilingualTextV1 = PayloadOfSchema<typeof bilingualText>;

/** The act behind an inclusion, amendment or exclusion (Art. 6.3-4). */
const decree = z.looseObject({
  number: text(50),
  date: isoDate(),
  effectiveDate: isoDate(),
  /** Added within v1 (registry-svc always sends it): an event without it does not say which kind of act. */
  kind: z.enum(decreeKinds).optional(),
  /** Added within v1: the act's title in Kazakh and Russian, derived from its kind, date and number. */
  title: bilingualText.optional(),
});
export type DecreeV1 = PayloadOfSchema<typeof decree>;

/**
 * The register entry of a public service, shared by the inclusion and amendment events: every field of
 * Art. 6.2, so a consumer never calls back. Fields after `legalBasis` were added within v1 (optional in the
 * schema; registry-svc always sends them).
 */
const serviceEntry = z.looseObject({
  serviceId: id(),
  /** Code in the register of public services. */
  code: text(50),
  nameKk: text(1000),
  nameRu: text(1000),
  providerOrganizationIds: z.array(id()),
  channels: z.array(z.enum(serviceChannels)).min(1),
  paid: z.boolean(),
  /** Term of rendering in working days, when the standard fixes one. */
  termWorkingDays: int({ min: 0, max: 365 }).optional(),
  /** The act that included or amended the entry. */
  legalBasis: text(1000).optional(),
  /** The central state body that develops and approves the standard (Art. 6.2, 7.1); absent while to be named (D25). */
  ownerOrganizationId: id().optional(),
  /** The organisations that accept applications and hand out results (PSCs, providers). */
  intakeOrganizationIds: z.array(id()).optional(),
  /** Applications and results also through the e-government portal. */
  intakeViaPortal: z.boolean().optional(),
  recipientTypes: z.array(z.enum(recipientTypes)).min(1).optional(),
  deliveryForm: z.enum(deliveryForms).optional(),
  /** `channels` in full: a specialised PSC is told apart from a PSC. */
  deliveryChannels: z.array(z.enum(deliveryChannels)).min(1).optional(),
  /** The legal basis of the fee when the service is paid. */
  feeLegalBasis: bilingualText.nullable().optional(),
  /** The law that establishes the service. */
  statutoryBasis: bilingualText.optional(),
  descriptionKk: text(4000).nullable().optional(),
  descriptionRu: text(4000).nullable().optional(),
  /** Position in the classifier of services (sphere and sub-sphere). */
  classifierCode: text(50).optional(),
  /** The entry's version in the registry (each amendment is a new one). */
  version: int({ min: 1 }).optional(),
  decree: decree.optional(),
});
export type ServiceEntryV1 = PayloadOfSchema<typeof serviceEntry>;

const entryExample: ServiceEntryV1 = {
  serviceId: '6f1c1e2a-8d3b-4c5e-9f70-1a2b3c4d5e6f',
  code: '00101001',
  nameKk: 'Баланың тууын тіркеу, оның ішінде өзгерістер енгізу',
  nameRu: 'Регистрация рождения ребенка, в том числе внесение изменений',
  providerOrganizationIds: ['b3e1c2d4-5f60-4a7b-8c9d-0e1f2a3b4c5d'],
  channels: ['state-corporation', 'e-government-portal'],
  paid: false,
  termWorkingDays: 1,
  legalBasis: 'Постановление Правительства Республики Казахстан от 18 марта 2025 г. № 1218',
  ownerOrganizationId: '23c6d681-e6ee-4de8-849f-1b01aed4e952',
  intakeOrganizationIds: ['9a8b7c6d-5e4f-4a3b-2c1d-0e9f8a7b6c5d'],
  intakeViaPortal: true,
  recipientTypes: ['individual', 'foreign-individual', 'stateless-person'],
  deliveryForm: 'paper-and-electronic',
  deliveryChannels: ['psc', 'e-government-portal'],
  feeLegalBasis: null,
  statutoryBasis: {
    kk: '«Неке (ерлі-зайыптылық) және отбасы туралы» Қазақстан Республикасының Кодексі',
    ru: 'Кодекс Республики Казахстан «О браке (супружестве) и семье»',
  },
  descriptionKk: 'Туу туралы куәлік қағаз немесе электрондық нысанда беріледі',
  descriptionRu: 'Выдается свидетельство о рождении в бумажной или электронной форме',
  classifierCode: '01.01',
  version: 2,
  decree: {
    number: '1218',
    date: '2025-03-18',
    effectiveDate: '2025-03-18',
    kind: 'government-resolution',
    title: {
      kk: 'Қазақстан Республикасы Үкіметінің 2025 жылғы 18 наурыздағы № 1218 қаулысы',
      ru: 'Постановление Правительства Республики Казахстан от 18 марта 2025 г. № 1218',
    },
  },
};

export const organizationUpsertedEvent = defineEvent({
  type: 'kz.gov.registry.organization.upserted.v1',
  topic: Topics.registryOrganizations,
  key: (payload) => payload.organizationId,
  description: 'Subject: the organisation id. The organisation as it is now.',
  payload: organization,
  example: {
    organizationId: '9a8b7c6d-5e4f-4a3b-2c1d-0e9f8a7b6c5d',
    bin: '160440007161',
    nameKk: '«Азаматтарға арналған үкімет» мемлекеттік корпорациясы',
    nameRu: 'Государственная корпорация «Правительство для граждан»',
    kind: 'state-corporation',
    parentOrganizationId: null,
    active: true,
    updatedAt: '2026-01-10T04:00:00.000Z',
    roles: ['provider', 'psc-operator'],
    registryKind: 'psc',
    regionKato: null,
    level: null,
    version: 1,
  },
});

export const serviceIncludedEvent = defineEvent({
  type: 'kz.gov.registry.service.included.v1',
  topic: Topics.registryServices,
  key: (payload) => payload.serviceId,
  description: 'Subject: the service id. The entry as the decree included it in the registry (Art. 6.3).',
  payload: serviceEntry.extend({ includedAt: isoDateTime() }),
  example: { ...entryExample, includedAt: '2025-03-17T19:00:00.000Z' },
});

export const serviceAmendedEvent = defineEvent({
  type: 'kz.gov.registry.service.amended.v1',
  topic: Topics.registryServices,
  key: (payload) => payload.serviceId,
  description: 'Subject: the service id. The whole entry as the decree amended it.',
  payload: serviceEntry.extend({ amendedAt: isoDateTime() }),
  example: { ...entryExample, version: 3, termWorkingDays: 3, amendedAt: '2025-07-01T19:00:00.000Z' },
});

export const serviceExcludedEvent = defineEvent({
  type: 'kz.gov.registry.service.excluded.v1',
  topic: Topics.registryServices,
  key: (payload) => payload.serviceId,
  description:
    'Subject: the service id. Carries the entry as it left the registry (every entry field, added within ' +
    'v1: optional in the schema, registry-svc always sends them), so a consumer needs no call back.',
  payload: serviceEntry.partial().extend({
    serviceId: id(),
    excludedAt: isoDateTime(),
    /** The reason in Russian (kept for v1 consumers); `reasonKk` and `reasonRu` give both languages. */
    reason: text(2000).optional(),
    reasonKk: text(2000).optional(),
    reasonRu: text(2000).optional(),
  }),
  example: {
    ...entryExample,
    version: 4,
    excludedAt: '2099-01-14T19:00:00.000Z',
    reason: 'Услуга оказывается проактивно',
    reasonKk: 'Қызмет проактивті көрсетіледі',
    reasonRu: 'Услуга оказывается проактивно',
  },
});

export type OrganizationUpsertedV1 = PayloadOf<typeof organizationUpsertedEvent>;
export type ServiceIncludedV1 = PayloadOf<typeof serviceIncludedEvent>;
export type ServiceAmendedV1 = PayloadOf<typeof serviceAmendedEvent>;
export type ServiceExcludedV1 = PayloadOf<typeof serviceExcludedEvent>;

const events = {
  organizationUpserted: organizationUpsertedEvent,
  serviceIncluded: serviceIncludedEvent,
  serviceAmended: serviceAmendedEvent,
  serviceExcluded: serviceExcludedEvent,
  calendarChanged: calendarChangedEvent,
};

/** The registry's event types by name: `RegistryEventTypes.serviceIncluded`. */
export const RegistryEventTypes = typesOf(events);
/** The registry's event definitions by type. */
export const registryEvents = catalogOf(events);
export type RegistryEventPayloads = PayloadMapOf<typeof registryEvents>;
