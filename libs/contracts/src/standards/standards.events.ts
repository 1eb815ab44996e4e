/**
 * The standards context's events (Law "On public services", Ch. 3-4): public discussion, standards in force,
 * amended and cancelled, registrations refused, reglaments, missed statutory terms. Subjects are standard ids.
 */
import { z } from 'zod';
import { catalogOf, typesOf, type PayloadMapOf } from '../events/event-catalog-of';
import { defineEvent, type PayloadOf } from '../events/event-definition';
import { bilingual, id, int, isoDate, isoDateTime, text } from '../events/payload-fields';
import { Topics } from '../topics/topic-names';

const bilingualText = bilingual();
const basis = z.looseObject({ kind: text(), reference: text().nullable() });

/** Every field applications-svc needs to accept applications under the standard (Art. 8). */
const standardInForce = z.looseObject({
  standardId: id(),
  serviceId: id(),
  versionId: id(),
  versionNumber: int({ min: 1 }),
  registrationNumber: text(100),
  registrationDate: isoDate(),
  inForceFrom: isoDateTime(),
  ownerOrganizationId: id(),
  providerOrganizationIds: z.array(id()),
  channels: z.array(text()),
  resultForms: z.array(text()).min(1),
  term: z.looseObject({ value: int({ min: 1 }), unit: text(), acceptanceDayCounts: z.boolean() }),
  registrationTerm: z.looseObject({ value: int({ min: 1 }), unit: text() }),
  queueWait: z.looseObject({ applyingMinutes: int({ min: 0 }), collectingMinutes: int({ min: 0 }) }),
  fee: z.looseObject({
    free: z.boolean(),
    amountKzt: int({ min: 1 }).nullable(),
    paymentMethods: z.array(text()),
    legalBasis: bilingualText,
  }),
  documents: z.array(
    z.looseObject({
      name: bilingualText,
      mandatory: z.boolean(),
      form: text(),
      perChannel: z.array(z.looseObject({ channel: text(), mandatory: z.boolean(), form: text() })),
    }),
  ),
  refusalGrounds: z.array(z.looseObject({ text: bilingualText, legalBasis: bilingualText.nullable() })),
  basis,
});

export const discussionOpenedEvent = defineEvent({
  type: 'kz.gov.standards.discussion.opened.v1',
  topic: Topics.standards,
  key: (payload) => payload.standardId,
  description: 'Subject: the standard id. The public discussion of a draft opened (Art. 7.4, 9.5).',
  payload: z.looseObject({
    standardId: id(),
    serviceId: id(),
    versionId: id(),
    openedAt: isoDateTime(),
    endsAt: isoDateTime(),
    /**
     * The first version's discussion opened after the 30 calendar days of Art. 9.5 (that term is reported
     * missed); it still runs 30 calendar days, because Art. 7.4 makes the discussion mandatory.
     */
    late: z.boolean().optional(),
  }),
});

export const discussionCompletedEvent = defineEvent({
  type: 'kz.gov.standards.discussion.completed.v1',
  topic: Topics.standards,
  key: (payload) => payload.standardId,
  description: 'Subject: the standard id. Art. 9.4: the notice goes to the interested bodies for agreement.',
  payload: z.looseObject({
    standardId: id(),
    serviceId: id(),
    versionId: id(),
    noticeId: id(),
    publishedAt: isoDateTime(),
    revisedDraftUrl: text(),
    proposalCount: int({ min: 0 }),
    sentTo: z.array(z.looseObject({ kind: text(), organizationId: id() })),
  }),
});

export const standardInForceEvent = defineEvent({
  type: 'kz.gov.standards.standard.in-force.v1',
  topic: Topics.standards,
  key: (payload) => payload.standardId,
  description:
    'Subject: the standard id. Everything applications-svc needs to accept applications under the ' +
    'standard (Art. 8): term, documents, refusal grounds, fee, channels, queue maximums.',
  payload: standardInForce,
});

export const standardAmendedEvent = defineEvent({
  type: 'kz.gov.standards.standard.amended.v1',
  topic: Topics.standards,
  key: (payload) => payload.standardId,
  description:
    'Subject: the standard id. Same content as in force: an amendment replaces the whole standard.',
  payload: standardInForce.extend({ supersededVersionId: id() }),
});

export const standardCancelledEvent = defineEvent({
  type: 'kz.gov.standards.standard.cancelled.v1',
  topic: Topics.standards,
  key: (payload) => payload.standardId,
  description: 'Subject: the standard id. The standard no longer applies from `cancelledFrom`.',
  payload: z.looseObject({
    standardId: id(),
    serviceId: id(),
    cancelledVersionId: id(),
    registrationNumber: text(),
    registrationDate: isoDate(),
    cancelledFrom: isoDateTime(),
    basis,
  }),
});

export const reglamentApprovedEvent = defineEvent({
  type: 'kz.gov.standards.reglament.approved.v1',
  topic: Topics.standards,
  key: (payload) => payload.standardId,
  description:
    'Subject: the standard id. One event per approving act: a local service’s reglament is adopted by a ' +
    'resolution of each akimat that delivers it (Art. 10.3), a central one by the owner’s order (Art. 10.2).',
  payload: z.looseObject({
    standardId: id(),
    serviceId: id(),
    versionId: id(),
    reglamentId: id(),
    actKind: z.enum(['central_body_order', 'akimat_resolution']),
    actNumber: text(),
    actDate: isoDate(),
    approvedAt: isoDateTime(),
    /** The body whose act this is. */
    approvingOrganizationId: id().optional(),
    /** True when this act was the last one the reglament needed: it now applies everywhere. */
    complete: z.boolean().optional(),
  }),
});

export const termMissedEvent = defineEvent({
  type: 'kz.gov.standards.term.missed.v1',
  topic: Topics.standards,
  key: (payload) => payload.standardId,
  description: 'Subject: the standard id. A statutory term ran out before it was met.',
  payload: z.looseObject({
    standardId: id(),
    serviceId: id(),
    termId: id(),
    kind: text(),
    article: text(),
    dueDate: isoDate(),
    dueAt: isoDateTime(),
    missedAt: isoDateTime(),
  }),
});

export const registrationRefusedEvent = defineEvent({
  type: 'kz.gov.standards.registration.refused.v1',
  topic: Topics.standards,
  key: (payload) => payload.standardId,
  description:
    'Subject: the standard id. Art. 7.2: the Ministry of Justice refused to register the agreed version; it ' +
    'goes back to revision and, once revised, to a new round of agreement.',
  payload: z.looseObject({
    standardId: id(),
    serviceId: id(),
    versionId: id(),
    refusalId: id(),
    reasons: bilingualText,
    refusedAt: isoDateTime(),
  }),
});

export type DiscussionOpenedV1 = PayloadOf<typeof discussionOpenedEvent>;
export type DiscussionCompletedV1 = PayloadOf<typeof discussionCompletedEvent>;
export type StandardInForceV1 = PayloadOf<typeof standardInForceEvent>;
export type StandardAmendedV1 = PayloadOf<typeof standardAmendedEvent>;
export type StandardCancelledV1 = PayloadOf<typeof standardCancelledEvent>;
export type ReglamentApprovedV1 = PayloadOf<typeof reglamentApprovedEvent>;
export type TermMissedV1 = PayloadOf<typeof termMissedEvent>;
export type RegistrationRefusedV1 = PayloadOf<typeof registrationRefusedEvent>;

const events = {
  discussionOpened: discussionOpenedEvent,
  discussionCompleted: discussionCompletedEvent,
  standardInForce: standardInForceEvent,
  standardAmended: standardAmendedEvent,
  standardCancelled: standardCancelledEvent,
  reglamentApproved: reglamentApprovedEvent,
  termMissed: termMissedEvent,
  registrationRefused: registrationRefusedEvent,
};

/** The standards context's event types by name: `StandardsEventTypes.standardInForce`. */
export const StandardsEventTypes = typesOf(events);
export type StandardsEventType = (typeof StandardsEventTypes)[keyof typeof StandardsEventTypes];
/** The standards context's event definitions by type. */
export const standardsEvents = catalogOf(events);
export type StandardsEventPayloads = PayloadMapOf<typeof standardsEvents>;
