/**
 * The applications context's events (Law "On public services", Ch. 5, Art. 12-15, 18): the delivery of a
 * service from intake to result. Every event about an application is keyed by the application id and carries
 * the facts complaints-svc and monitoring-svc work from (service, owner, provider, PSC, region, channel,
 * dates, term), so neither calls back. No names ever; the recipient's IIN or BIN only in `submitted`.
 */
import { deliveryTermV1 } from '../standards/standards.events';
import { z } from 'zod';
import { catalogOf, typesOf, type PayloadMapOf } from '../events/event-catalog-of';
import { defineEvent, type PayloadOf, type PayloadOfSchema } from '../events/event-definition';
import { id, int, isoDate, isoDateTime, kato, text } from '../events/payload-fields';
import { Topics } from '../topics/topic-names';

/** Art. 12: at the provider, at a PSC, at a specialised PSC, electronically (the standard's own words). */
export const applicationChannels = ['provider', 'psc', 'specialised_psc', 'electronic'] as const;
export type ApplicationChannel = (typeof applicationChannels)[number];

export const applicationStatuses = [
  'accepted',
  'in_work',
  'result_ready',
  'issued',
  'refused',
  'withdrawn',
] as const;
export type ApplicationStatus = (typeof applicationStatuses)[number];

/** Art. 15.3: an electronic document, a paper document, or an entry in a state information system. */
export const applicationResultForms = [
  'electronic_document',
  'paper_document',
  'information_system_entry',
] as const;
export type ApplicationResultForm = (typeof applicationResultForms)[number];

/** Art. 8.9: the wait measured when applying and when collecting the result. */
export const queueWaitPurposes = ['applying', 'collecting'] as const;
export type QueueWaitPurpose = (typeof queueWaitPurposes)[number];

/** The term of the pinned standard version (Art. 8.5); the amendment of the standard never changes it. */
const pinnedTerm = deliveryTermV1;
export type PinnedTermV1 = PayloadOfSchema<typeof pinnedTerm>;

const regionKato = kato().nullable();
const channel = z.enum(applicationChannels);
const status = z.enum(applicationStatuses);

/** What every event about one application says about it: enough to count and check it from events alone. */
const applicationFacts = z.looseObject({
  applicationId: id(),
  trackingNumber: text(20),
  serviceId: id(),
  standardId: id(),
  standardVersionId: id(),
  ownerOrganizationId: id(),
  providerOrganizationId: id(),
  /** The PSC organisation that accepted it; null for the other channels. */
  pscOrganizationId: id().nullable(),
  /** The service centre (branch) of that PSC, from the operator's token. */
  pscBranch: text(128).nullable(),
  /** KATO code of the provider's region, as the registry publishes it. */
  regionKato,
  channel,
  recipientType: z.enum(['individual', 'legal-entity']),
  acceptedAt: isoDateTime(),
  dueDate: isoDate(),
  dueAt: isoDateTime(),
  /** Art. 5.5.5: when the result must be at the PSC; null outside the PSC channels. */
  handoverDueAt: isoDateTime().nullable(),
  term: pinnedTerm,
});
export type ApplicationFactsV1 = PayloadOfSchema<typeof applicationFacts>;

const factsExample: ApplicationFactsV1 = {
  applicationId: 'e4d3c2b1-0001-4000-8000-00000000a001',
  trackingNumber: 'KZ-2026-000001',
  serviceId: '6f1c1e2a-8d3b-4c5e-9f70-1a2b3c4d5e6f',
  standardId: '8d2f6a1c-3b4e-4f5a-9c7d-1e2f3a4b5c6d',
  standardVersionId: 'a1b2c3d4-0003-4000-8000-000000000003',
  ownerOrganizationId: '23c6d681-e6ee-4de8-849f-1b01aed4e952',
  providerOrganizationId: 'b3e1c2d4-5f60-4a7b-8c9d-0e1f2a3b4c5d',
  pscOrganizationId: '9a8b7c6d-5e4f-4a3b-2c1d-0e9f8a7b6c5d',
  pscBranch: 'almaty-bostandyk-1',
  regionKato: '751110000',
  channel: 'psc',
  recipientType: 'individual',
  acceptedAt: '2026-07-01T04:00:00.000Z',
  dueDate: '2026-07-08',
  dueAt: '2026-07-08T12:59:59.999Z',
  handoverDueAt: '2026-07-08T10:00:00.000Z',
  term: { value: 5, unit: 'working_days', acceptanceDayCounts: true },
};

export const applicationSubmittedEvent = defineEvent({
  type: 'kz.gov.applications.application.submitted.v1',
  topic: Topics.applications,
  key: (payload) => payload.applicationId,
  description:
    'Subject: the application id. The only event with the recipient’s identifier: complaints-svc keeps it ' +
    'with the application id to check that a complaint is about the complainant’s own application (Art. 19.1).',
  payload: applicationFacts.extend({
    /** IIN of an individual, BIN of a legal entity (Art. 15.2). */
    recipientIdNumber: z.string().regex(/^\d{12}$/, 'must be a 12-digit IIN or BIN'),
    feeKzt: int({ min: 1 }).nullable(),
  }),
  example: { ...factsExample, recipientIdNumber: '850101300123', feeKzt: null },
});

export const intakeRefusedEvent = defineEvent({
  type: 'kz.gov.applications.intake.refused.v1',
  topic: Topics.applications,
  key: (payload) => payload.intakeRefusalId,
  description:
    'Subject: the intake refusal id (no application exists). Art. 14.2: an incomplete set refused at a PSC.',
  payload: z.looseObject({
    intakeRefusalId: id(),
    serviceId: id(),
    standardId: id(),
    standardVersionId: id(),
    ownerOrganizationId: id(),
    providerOrganizationId: id(),
    pscOrganizationId: id().nullable(),
    pscBranch: text(128).nullable(),
    regionKato,
    channel,
    refusedAt: isoDateTime(),
    missingDocumentIds: z.array(id()).min(1),
  }),
  example: {
    intakeRefusalId: 'e4d3c2b1-0002-4000-8000-00000000a002',
    serviceId: factsExample.serviceId,
    standardId: factsExample.standardId,
    standardVersionId: factsExample.standardVersionId,
    ownerOrganizationId: factsExample.ownerOrganizationId,
    providerOrganizationId: factsExample.providerOrganizationId,
    pscOrganizationId: factsExample.pscOrganizationId,
    pscBranch: factsExample.pscBranch,
    regionKato: factsExample.regionKato,
    channel: 'psc',
    refusedAt: '2026-07-01T04:10:00.000Z',
    missingDocumentIds: ['e4d3c2b1-0003-4000-8000-00000000a003'],
  },
});

export const applicationStatusChangedEvent = defineEvent({
  type: 'kz.gov.applications.application.status-changed.v1',
  topic: Topics.applications,
  key: (payload) => payload.applicationId,
  description: 'Subject: the application id. Every move between statuses, with the instant of the act.',
  payload: applicationFacts.extend({ from: status.nullable(), to: status, changedAt: isoDateTime() }),
  example: { ...factsExample, from: 'accepted', to: 'in_work', changedAt: '2026-07-01T05:00:00.000Z' },
});

export const applicationResultIssuedEvent = defineEvent({
  type: 'kz.gov.applications.application.result-issued.v1',
  topic: Topics.applications,
  key: (payload) => payload.applicationId,
  description: 'Subject: the application id. The result reached the recipient (Art. 15.3).',
  payload: applicationFacts.extend({
    resultForm: z.enum(applicationResultForms),
    resultRecordedAt: isoDateTime(),
    issuedAt: isoDateTime(),
    /** The result was recorded by the due date. */
    onTime: z.boolean(),
  }),
  example: {
    ...factsExample,
    resultForm: 'paper_document',
    resultRecordedAt: '2026-07-07T06:00:00.000Z',
    issuedAt: '2026-07-08T06:00:00.000Z',
    onTime: true,
  },
});

export const applicationRefusedEvent = defineEvent({
  type: 'kz.gov.applications.application.refused.v1',
  topic: Topics.applications,
  key: (payload) => payload.applicationId,
  description:
    'Subject: the application id. A motivated refusal on a ground of the pinned standard (Art. 5.3.2, 8.8).',
  payload: applicationFacts.extend({ refusalGroundId: id(), refusedAt: isoDateTime(), onTime: z.boolean() }),
  example: {
    ...factsExample,
    refusalGroundId: 'e4d3c2b1-0004-4000-8000-00000000a004',
    refusedAt: '2026-07-07T06:00:00.000Z',
    onTime: true,
  },
});

export const applicationWithdrawnEvent = defineEvent({
  type: 'kz.gov.applications.application.withdrawn.v1',
  topic: Topics.applications,
  key: (payload) => payload.applicationId,
  description: 'Subject: the application id. The recipient withdrew the application.',
  payload: applicationFacts.extend({ withdrawnAt: isoDateTime() }),
  example: { ...factsExample, withdrawnAt: '2026-07-02T06:00:00.000Z' },
});

export const applicationOverdueEvent = defineEvent({
  type: 'kz.gov.applications.application.overdue.v1',
  topic: Topics.applications,
  key: (payload) => payload.applicationId,
  description: 'Subject: the application id. The term ran out with no result: raised once per application.',
  payload: applicationFacts.extend({ detectedAt: isoDateTime() }),
  example: { ...factsExample, detectedAt: '2026-07-08T13:00:05.000Z' },
});

export const applicationHandoverLateEvent = defineEvent({
  type: 'kz.gov.applications.application.handover-late.v1',
  topic: Topics.applications,
  key: (payload) => payload.applicationId,
  description:
    'Subject: the application id. Art. 5.5.5: the result was not at the PSC by the handover deadline.',
  payload: applicationFacts.extend({ detectedAt: isoDateTime() }),
  example: { ...factsExample, detectedAt: '2026-07-08T10:00:05.000Z' },
});

export const applicationFeePaidEvent = defineEvent({
  type: 'kz.gov.applications.application.fee-paid.v1',
  topic: Topics.applications,
  key: (payload) => payload.applicationId,
  description: 'Subject: the application id. Art. 18: the fee the pinned standard sets was paid.',
  payload: applicationFacts.extend({
    paymentId: text(100),
    amountKzt: int({ min: 1 }),
    paidAt: isoDateTime(),
  }),
  example: {
    ...factsExample,
    paymentId: 'EPAY-2026-0001',
    amountKzt: 1476,
    paidAt: '2026-07-01T04:05:00.000Z',
  },
});

export const queueWaitExceededEvent = defineEvent({
  type: 'kz.gov.applications.queue.wait-exceeded.v1',
  topic: Topics.applications,
  key: (payload) => payload.ticketId,
  description: 'Subject: the queue ticket id. Art. 8.9: a wait longer than the standard’s maximum.',
  payload: z.looseObject({
    ticketId: id(),
    serviceId: id(),
    standardVersionId: id(),
    pscOrganizationId: id(),
    pscBranch: text(128).nullable(),
    regionKato,
    purpose: z.enum(queueWaitPurposes),
    issuedAt: isoDateTime(),
    calledAt: isoDateTime(),
    waitMinutes: int({ min: 0 }),
    maximumMinutes: int({ min: 0 }),
  }),
  example: {
    ticketId: 'e4d3c2b1-0005-4000-8000-00000000a005',
    serviceId: factsExample.serviceId,
    standardVersionId: factsExample.standardVersionId,
    pscOrganizationId: '9a8b7c6d-5e4f-4a3b-2c1d-0e9f8a7b6c5d',
    pscBranch: factsExample.pscBranch,
    regionKato: factsExample.regionKato,
    purpose: 'applying',
    issuedAt: '2026-07-01T03:30:00.000Z',
    calledAt: '2026-07-01T03:50:00.000Z',
    waitMinutes: 20,
    maximumMinutes: 15,
  },
});

export type ApplicationSubmittedV1 = PayloadOf<typeof applicationSubmittedEvent>;
export type IntakeRefusedV1 = PayloadOf<typeof intakeRefusedEvent>;
export type ApplicationStatusChangedV1 = PayloadOf<typeof applicationStatusChangedEvent>;
export type ApplicationResultIssuedV1 = PayloadOf<typeof applicationResultIssuedEvent>;
export type ApplicationRefusedV1 = PayloadOf<typeof applicationRefusedEvent>;
export type ApplicationWithdrawnV1 = PayloadOf<typeof applicationWithdrawnEvent>;
export type ApplicationOverdueV1 = PayloadOf<typeof applicationOverdueEvent>;
export type ApplicationHandoverLateV1 = PayloadOf<typeof applicationHandoverLateEvent>;
export type ApplicationFeePaidV1 = PayloadOf<typeof applicationFeePaidEvent>;
export type QueueWaitExceededV1 = PayloadOf<typeof queueWaitExceededEvent>;

const events = {
  submitted: applicationSubmittedEvent,
  intakeRefused: intakeRefusedEvent,
  statusChanged: applicationStatusChangedEvent,
  resultIssued: applicationResultIssuedEvent,
  refused: applicationRefusedEvent,
  withdrawn: applicationWithdrawnEvent,
  overdue: applicationOverdueEvent,
  handoverLate: applicationHandoverLateEvent,
  feePaid: applicationFeePaidEvent,
  queueWaitExceeded: queueWaitExceededEvent,
};

/** The applications context's event types by name: `ApplicationsEventTypes.submitted`. */
export const ApplicationsEventTypes = typesOf(events);
export type ApplicationsEventType = (typeof ApplicationsEventTypes)[keyof typeof ApplicationsEventTypes];
/** The applications context's event definitions by type. */
export const applicationsEvents = catalogOf(events);
export type ApplicationsEventPayloads = PayloadMapOf<typeof applicationsEvents>;
