/**
 * The complaints context's events (Law "On public services", Art. 19): the pre-trial appeal of a complaint
 * through the instances of its chain. Every event is keyed by the complaint id and carries what monitoring
 * needs to count complaints and justified shares per service, provider, owner and region (Art. 19.4: the
 * quality authority is told of every registration and outcome). No names and no IIN/BIN ever.
 */
import { z } from 'zod';
import { catalogOf, typesOf, type PayloadMapOf } from '../events/event-catalog-of';
import { defineEvent, type PayloadOf, type PayloadOfSchema } from '../events/event-definition';
import { bilingual, id, int, isoDate, isoDateTime, kato, text } from '../events/payload-fields';
import { Topics } from '../topics/topic-names';

/** The grounds a complaint names (a violation of the standard, Art. 19.1). */
export const complaintGrounds = [
  'term_missed',
  'refusal',
  'documents_beyond_standard',
  'fee_demanded',
  'queue_wait_exceeded',
  'staff_conduct',
  'other',
] as const;
export type ComplaintGround = (typeof complaintGrounds)[number];

/** Art. 19.6: the form decides how notices reach the complainant (in writing or electronically). */
export const complaintForms = ['paper', 'electronic'] as const;
export type ComplaintForm = (typeof complaintForms)[number];

/**
 * Who hears the complaint at a stage: the provider or the local executive body (Art. 19.2), the central
 * body that approved the standard (Art. 19.2-3), the quality authority (Art. 19.5).
 */
export const instanceRoles = ['provider', 'local_executive_body', 'owner', 'quality_authority'] as const;
export type InstanceRole = (typeof instanceRoles)[number];

export const complaintOutcomes = ['satisfied', 'refused'] as const;
export type ComplaintOutcome = (typeof complaintOutcomes)[number];

/** Art. 19.6: the only two purposes an extension may serve. */
export const extensionReasons = ['on_site_check', 'information_from_other_providers'] as const;
export type ExtensionReason = (typeof extensionReasons)[number];

/** What every event about a complaint says about it. */
const complaintFacts = z.looseObject({
  complaintId: id(),
  serviceId: id(),
  ownerOrganizationId: id(),
  providerOrganizationId: id(),
  /** KATO code of the provider's region, as the registry publishes it. */
  regionKato: kato().nullable(),
  applicationId: id().nullable(),
  ground: z.enum(complaintGrounds),
  form: z.enum(complaintForms),
  qualityAuthorityOrganizationId: id(),
});
export type ComplaintFactsV1 = PayloadOfSchema<typeof complaintFacts>;

const complaintExample: ComplaintFactsV1 = {
  complaintId: '5c1d2e3f-4a5b-4c6d-8e7f-0a1b2c3d4e01',
  serviceId: '6f1c1e2a-8d3b-4c5e-9f70-1a2b3c4d5e6f',
  ownerOrganizationId: '23c6d681-e6ee-4de8-849f-1b01aed4e952',
  providerOrganizationId: 'b3e1c2d4-5f60-4a7b-8c9d-0e1f2a3b4c5d',
  regionKato: '751110000',
  applicationId: 'e4d3c2b1-0001-4000-8000-00000000a001',
  ground: 'term_missed',
  form: 'electronic',
  qualityAuthorityOrganizationId: '7d6c5b4a-3e2f-4a1b-9c8d-7e6f5a4b3c2d',
};

/** The instance a stage is heard by, and its term. */
const stageFacts = complaintFacts.extend({
  /** 1-based position in the chain the complaint is at; a misaddressed registration has `competent` false. */
  stage: int({ min: 0, max: 3 }),
  instanceOrganizationId: id(),
  instanceRole: z.enum(instanceRoles).nullable(),
  registerNumber: text(40),
  registeredAt: isoDateTime(),
  /** Null while misaddressed: a body that is not competent has no review term. */
  dueDate: isoDate().nullable(),
});
export type ComplaintStageFactsV1 = PayloadOfSchema<typeof stageFacts>;

const stageExample: ComplaintStageFactsV1 = {
  ...complaintExample,
  stage: 1,
  instanceOrganizationId: complaintExample.providerOrganizationId,
  instanceRole: 'local_executive_body',
  registerNumber: '2026-000001',
  registeredAt: '2026-07-09T04:00:00.000Z',
  dueDate: '2026-07-16',
};

export const complaintRegisteredEvent = defineEvent({
  type: 'kz.gov.complaints.complaint.registered.v1',
  topic: Topics.complaints,
  key: (payload) => payload.complaintId,
  description:
    'Subject: the complaint id. Registered in an instance’s register (Art. 19.4.1): on filing, after a ' +
    'redirection and after an escalation. Doubles as the notice of registration to the quality authority.',
  payload: stageFacts.extend({ competent: z.boolean() }),
  example: { ...stageExample, competent: true },
});

export const complaintRedirectedEvent = defineEvent({
  type: 'kz.gov.complaints.complaint.redirected.v1',
  topic: Topics.complaints,
  key: (payload) => payload.complaintId,
  description: 'Subject: the complaint id. A misaddressed complaint sent on to the competent instance.',
  payload: stageFacts.extend({ fromOrganizationId: id(), redirectedAt: isoDateTime() }),
  example: {
    ...stageExample,
    fromOrganizationId: complaintExample.ownerOrganizationId,
    redirectedAt: '2026-07-09T04:00:00.000Z',
  },
});

export const complaintExtendedEvent = defineEvent({
  type: 'kz.gov.complaints.complaint.extended.v1',
  topic: Topics.complaints,
  key: (payload) => payload.complaintId,
  description: 'Subject: the complaint id. Art. 19.6: the stage’s term extended, the complainant told.',
  payload: stageFacts.extend({
    reason: z.enum(extensionReasons),
    workingDays: int({ min: 1, max: 10 }),
    previousDueDate: isoDate(),
    extendedAt: isoDateTime(),
  }),
  example: {
    ...stageExample,
    reason: 'on_site_check',
    workingDays: 5,
    previousDueDate: '2026-07-16',
    extendedAt: '2026-07-10T04:00:00.000Z',
  },
});

export const complaintDecidedEvent = defineEvent({
  type: 'kz.gov.complaints.complaint.decided.v1',
  topic: Topics.complaints,
  key: (payload) => payload.complaintId,
  description:
    'Subject: the complaint id. Art. 19.4: the motivated decision; the short outcome the quality authority ' +
    'is told of.',
  payload: stageFacts.extend({
    outcome: z.enum(complaintOutcomes),
    decidedAt: isoDateTime(),
    onTime: z.boolean(),
    measures: int({ min: 0 }),
  }),
  example: {
    ...stageExample,
    outcome: 'refused',
    decidedAt: '2026-07-15T04:00:00.000Z',
    onTime: true,
    measures: 0,
  },
});

export const complaintEscalatedEvent = defineEvent({
  type: 'kz.gov.complaints.complaint.escalated.v1',
  topic: Topics.complaints,
  key: (payload) => payload.complaintId,
  description:
    'Subject: the complaint id. Taken to the next instance of the chain (Art. 19.2-3, 19.5); the new ' +
    'registration follows as its own event.',
  payload: complaintFacts.extend({
    fromStage: int({ min: 1, max: 3 }),
    toStage: int({ min: 2, max: 3 }),
    fromOrganizationId: id(),
    toOrganizationId: id(),
    escalatedAt: isoDateTime(),
  }),
  example: {
    ...complaintExample,
    fromStage: 1,
    toStage: 2,
    fromOrganizationId: complaintExample.providerOrganizationId,
    toOrganizationId: complaintExample.ownerOrganizationId,
    escalatedAt: '2026-07-16T04:00:00.000Z',
  },
});

export const complaintOverdueEvent = defineEvent({
  type: 'kz.gov.complaints.complaint.overdue.v1',
  topic: Topics.complaints,
  key: (payload) => payload.complaintId,
  description: 'Subject: the complaint id. A stage’s term ran out undecided: raised once per stage.',
  payload: stageFacts.extend({ detectedAt: isoDateTime() }),
  example: { ...stageExample, detectedAt: '2026-07-16T19:00:05.000Z' },
});

const requirementFacts = complaintFacts.extend({
  requirementId: id(),
  addresseeOrganizationId: id(),
  dueDate: isoDate(),
});

const requirementExample = {
  ...complaintExample,
  requirementId: '5c1d2e3f-4a5b-4c6d-8e7f-0a1b2c3d4e02',
  addresseeOrganizationId: complaintExample.providerOrganizationId,
  dueDate: '2026-08-20',
};

export const requirementIssuedEvent = defineEvent({
  type: 'kz.gov.complaints.requirement.issued.v1',
  topic: Topics.complaints,
  key: (payload) => payload.complaintId,
  description:
    'Subject: the complaint id. Art. 19.5.2: the quality authority requires the provider or owner to ' +
    'restore the violated rights by a date.',
  payload: requirementFacts.extend({ issuedAt: isoDateTime() }),
  example: { ...requirementExample, issuedAt: '2026-08-06T04:00:00.000Z' },
});

export const requirementFulfilledEvent = defineEvent({
  type: 'kz.gov.complaints.requirement.fulfilled.v1',
  topic: Topics.complaints,
  key: (payload) => payload.complaintId,
  description: 'Subject: the complaint id. Art. 19.5.3: the requirement found fulfilled.',
  payload: requirementFacts.extend({ fulfilledAt: isoDateTime(), onTime: z.boolean() }),
  example: { ...requirementExample, fulfilledAt: '2026-08-19T04:00:00.000Z', onTime: true },
});

export const requirementOverdueEvent = defineEvent({
  type: 'kz.gov.complaints.requirement.overdue.v1',
  topic: Topics.complaints,
  key: (payload) => payload.complaintId,
  description: 'Subject: the complaint id. Art. 19.5.3: the requirement’s date passed unfulfilled; once.',
  payload: requirementFacts.extend({ detectedAt: isoDateTime() }),
  example: { ...requirementExample, detectedAt: '2026-08-20T19:00:05.000Z' },
});

export const courtRecordedEvent = defineEvent({
  type: 'kz.gov.complaints.court.recorded.v1',
  topic: Topics.complaints,
  key: (payload) => payload.complaintId,
  description:
    'Subject: the complaint id. Art. 19.7-8: the complainant went to court; the pre-trial track stays open.',
  payload: complaintFacts.extend({
    stage: int({ min: 0, max: 3 }),
    filedOn: isoDate(),
    court: bilingual(300),
    recordedAt: isoDateTime(),
  }),
  example: {
    ...complaintExample,
    stage: 1,
    filedOn: '2026-07-10',
    court: {
      kk: 'Алматы қаласының мамандандырылған ауданаралық әкімшілік соты',
      ru: 'Специализированный межрайонный административный суд города Алматы',
    },
    recordedAt: '2026-07-10T04:00:00.000Z',
  },
});

export const complaintWithdrawnEvent = defineEvent({
  type: 'kz.gov.complaints.complaint.withdrawn.v1',
  topic: Topics.complaints,
  key: (payload) => payload.complaintId,
  description: 'Subject: the complaint id. The complainant withdrew the complaint; the track is closed.',
  payload: complaintFacts.extend({ stage: int({ min: 0, max: 3 }), withdrawnAt: isoDateTime() }),
  example: { ...complaintExample, stage: 1, withdrawnAt: '2026-07-11T04:00:00.000Z' },
});

export type ComplaintRegisteredV1 = PayloadOf<typeof complaintRegisteredEvent>;
export type ComplaintRedirectedV1 = PayloadOf<typeof complaintRedirectedEvent>;
export type ComplaintExtendedV1 = PayloadOf<typeof complaintExtendedEvent>;
export type ComplaintDecidedV1 = PayloadOf<typeof complaintDecidedEvent>;
export type ComplaintEscalatedV1 = PayloadOf<typeof complaintEscalatedEvent>;
export type ComplaintOverdueV1 = PayloadOf<typeof complaintOverdueEvent>;
export type RequirementIssuedV1 = PayloadOf<typeof requirementIssuedEvent>;
export type RequirementFulfilledV1 = PayloadOf<typeof requirementFulfilledEvent>;
export type RequirementOverdueV1 = PayloadOf<typeof requirementOverdueEvent>;
export type CourtRecordedV1 = PayloadOf<typeof courtRecordedEvent>;
export type ComplaintWithdrawnV1 = PayloadOf<typeof complaintWithdrawnEvent>;

const events = {
  registered: complaintRegisteredEvent,
  redirected: complaintRedirectedEvent,
  extended: complaintExtendedEvent,
  decided: complaintDecidedEvent,
  escalated: complaintEscalatedEvent,
  overdue: complaintOverdueEvent,
  requirementIssued: requirementIssuedEvent,
  requirementFulfilled: requirementFulfilledEvent,
  requirementOverdue: requirementOverdueEvent,
  courtRecorded: courtRecordedEvent,
  withdrawn: complaintWithdrawnEvent,
};

/** The complaints context's event types by name: `ComplaintsEventTypes.registered`. */
export const ComplaintsEventTypes = typesOf(events);
export type ComplaintsEventType = (typeof ComplaintsEventTypes)[keyof typeof ComplaintsEventTypes];
/** The complaints context's event definitions by type. */
export const complaintsEvents = catalogOf(events);
export type ComplaintsEventPayloads = PayloadMapOf<typeof complaintsEvents>;
