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

/** The instance a stage is heard by, and its term. */
const stageFacts = complaintFacts.extend({
  /** 1-based position in the chain; 0 for a registration at an instance outside it (misaddressed). */
  stage: int({ min: 0, max: 3 }),
  instanceOrganizationId: id(),
  instanceRole: z.enum(instanceRoles).nullable(),
  registerNumber: text(40),
  registeredAt: isoDateTime(),
  /** Null while misaddressed: a body that is not competent has no review term. */
  dueDate: isoDate().nullable(),
});
export type ComplaintStageFactsV1 = PayloadOfSchema<typeof stageFacts>;

export const complaintRegisteredEvent = defineEvent({
  type: 'kz.gov.complaints.complaint.registered.v1',
  topic: Topics.complaints,
  key: (payload) => payload.complaintId,
  description:
    'Subject: the complaint id. Registered in an instance’s register (Art. 19.4.1): on filing, after a ' +
    'redirection and after an escalation. Doubles as the notice of registration to the quality authority.',
  payload: stageFacts.extend({ competent: z.boolean() }),
});

export const complaintRedirectedEvent = defineEvent({
  type: 'kz.gov.complaints.complaint.redirected.v1',
  topic: Topics.complaints,
  key: (payload) => payload.complaintId,
  description: 'Subject: the complaint id. A misaddressed complaint sent on to the competent instance.',
  payload: stageFacts.extend({ fromOrganizationId: id(), redirectedAt: isoDateTime() }),
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
});

export const complaintOverdueEvent = defineEvent({
  type: 'kz.gov.complaints.complaint.overdue.v1',
  topic: Topics.complaints,
  key: (payload) => payload.complaintId,
  description: 'Subject: the complaint id. A stage’s term ran out undecided: raised once per stage.',
  payload: stageFacts.extend({ detectedAt: isoDateTime() }),
});

const requirementFacts = complaintFacts.extend({
  requirementId: id(),
  addresseeOrganizationId: id(),
  dueDate: isoDate(),
});

export const requirementIssuedEvent = defineEvent({
  type: 'kz.gov.complaints.requirement.issued.v1',
  topic: Topics.complaints,
  key: (payload) => payload.complaintId,
  description:
    'Subject: the complaint id. Art. 19.5.2: the quality authority requires the provider or owner to ' +
    'restore the violated rights by a date.',
  payload: requirementFacts.extend({ issuedAt: isoDateTime() }),
});

export const requirementFulfilledEvent = defineEvent({
  type: 'kz.gov.complaints.requirement.fulfilled.v1',
  topic: Topics.complaints,
  key: (payload) => payload.complaintId,
  description: 'Subject: the complaint id. Art. 19.5.3: the requirement found fulfilled.',
  payload: requirementFacts.extend({ fulfilledAt: isoDateTime(), onTime: z.boolean() }),
});

export const requirementOverdueEvent = defineEvent({
  type: 'kz.gov.complaints.requirement.overdue.v1',
  topic: Topics.complaints,
  key: (payload) => payload.complaintId,
  description: 'Subject: the complaint id. Art. 19.5.3: the requirement’s date passed unfulfilled; once.',
  payload: requirementFacts.extend({ detectedAt: isoDateTime() }),
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
});

export const complaintWithdrawnEvent = defineEvent({
  type: 'kz.gov.complaints.complaint.withdrawn.v1',
  topic: Topics.complaints,
  key: (payload) => payload.complaintId,
  description: 'Subject: the complaint id. The complainant withdrew the complaint; the track is closed.',
  payload: complaintFacts.extend({ stage: int({ min: 0, max: 3 }), withdrawnAt: isoDateTime() }),
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
