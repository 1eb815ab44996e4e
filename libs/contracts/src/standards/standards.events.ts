/**
 * The standards context's events (Law "On public services", Ch. 3-4): public discussion, standards in force,
 * amended and cancelled, registrations refused, reglaments, missed statutory terms. Subjects are standard ids.
 */
import { z } from 'zod';
import { catalogOf, typesOf, type PayloadMapOf } from '../events/event-catalog-of';
import { defineEvent, type PayloadOf, type PayloadOfSchema } from '../events/event-definition';
import { bilingual, id, int, isoDate, isoDateTime, text } from '../events/payload-fields';
import { Topics } from '../topics/topic-names';
import { recommendationResponses } from '../monitoring/recommendations.events';

const bilingualText = bilingual();
const basis = z.looseObject({
  kind: text(),
  reference: text().nullable(),
  /** Added within v1: the recommendation (Art. 7.5) the change cites; absent in events sent before it. */
  recommendationId: id().nullable().optional(),
});
/**
 * The central body's act approving the version (Art. 7.1), added within v1: optional in the schema,
 * standards-svc sends it for every version registered since acts are recorded. Its date, not the moment of
 * registration, meets the Art. 7.1 term and starts the Art. 10.1 term.
 */
const approvingAct = z.looseObject({
  kind: text(50),
  number: text(50),
  date: isoDate(),
  title: bilingualText,
});

/**
 * Art. 14.1 by channel: whether the day an application is accepted counts in the term. The law's rule, not
 * the standard's: at a PSC or a specialised PSC it counts, through the provider or the portal the term
 * starts the next day (Civil Code Art. 172).
 */
export const acceptanceDayRule = z.looseObject({ channel: text(), acceptanceDayCounts: z.boolean() });

/**
 * The term of delivery (Art. 8.5). `perChannel` was added within v1 (standards-svc always sends it, one
 * rule per channel of `channels`); an event without it predates the field, and its `acceptanceDayCounts` is
 * then the one flag the standard had, meant for the PSC channels. With `perChannel`, `acceptanceDayCounts` is
 * kept (v1 requires it) as the PSC channels' rule: true when the service has one.
 */
export const deliveryTermV1 = z.looseObject({
  value: int({ min: 1 }),
  unit: text(),
  acceptanceDayCounts: z.boolean(),
  perChannel: z.array(acceptanceDayRule).optional(),
});

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
  term: deliveryTermV1,
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
  approvingAct: approvingAct.optional(),
});

const inForceExample: PayloadOfSchema<typeof standardInForce> = {
  standardId: '8d2f6a1c-3b4e-4f5a-9c7d-1e2f3a4b5c6d',
  serviceId: '6f1c1e2a-8d3b-4c5e-9f70-1a2b3c4d5e6f',
  versionId: 'a1b2c3d4-0003-4000-8000-000000000003',
  versionNumber: 2,
  registrationNumber: '33412',
  registrationDate: '2026-06-10',
  inForceFrom: '2026-06-21T19:00:00.000Z',
  ownerOrganizationId: '23c6d681-e6ee-4de8-849f-1b01aed4e952',
  providerOrganizationIds: ['b3e1c2d4-5f60-4a7b-8c9d-0e1f2a3b4c5d'],
  channels: ['psc', 'electronic'],
  resultForms: ['electronic_document', 'paper_document'],
  term: {
    value: 5,
    unit: 'working_days',
    acceptanceDayCounts: true,
    perChannel: [
      { channel: 'psc', acceptanceDayCounts: true },
      { channel: 'electronic', acceptanceDayCounts: false },
    ],
  },
  registrationTerm: { value: 15, unit: 'minutes' },
  queueWait: { applyingMinutes: 15, collectingMinutes: 15 },
  fee: {
    free: false,
    amountKzt: 1476,
    paymentMethods: ['egov_payment_gateway'],
    legalBasis: { kk: 'Салық кодексі', ru: 'Налоговый кодекс' },
  },
  documents: [
    {
      name: { kk: 'Өтініш', ru: 'Заявление' },
      mandatory: true,
      form: 'original',
      perChannel: [{ channel: 'electronic', mandatory: true, form: 'electronic_copy' }],
    },
  ],
  refusalGrounds: [{ text: { kk: 'Дәйексіз құжаттар', ru: 'Недостоверные документы' }, legalBasis: null }],
  basis: { kind: 'initial', reference: null },
  approvingAct: {
    kind: 'order',
    number: '287',
    date: '2026-06-08',
    title: {
      kk: 'Мемлекеттік көрсетілетін қызмет стандартын бекіту туралы',
      ru: 'Об утверждении стандарта государственной услуги',
    },
  },
};

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
  example: {
    standardId: '8d2f6a1c-3b4e-4f5a-9c7d-1e2f3a4b5c6d',
    serviceId: '6f1c1e2a-8d3b-4c5e-9f70-1a2b3c4d5e6f',
    versionId: 'a1b2c3d4-0001-4000-8000-000000000001',
    openedAt: '2026-05-13T05:00:00.000Z',
    endsAt: '2026-06-12T18:59:59.999Z',
  },
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
  example: {
    standardId: '8d2f6a1c-3b4e-4f5a-9c7d-1e2f3a4b5c6d',
    serviceId: '6f1c1e2a-8d3b-4c5e-9f70-1a2b3c4d5e6f',
    versionId: 'a1b2c3d4-0001-4000-8000-000000000001',
    noticeId: 'a1b2c3d4-0002-4000-8000-000000000002',
    publishedAt: '2026-06-15T05:00:00.000Z',
    revisedDraftUrl: 'https://legalacts.egov.kz/npa/view?id=14738922',
    proposalCount: 3,
    sentTo: [{ kind: 'public_services_authority', organizationId: '23c6d681-e6ee-4de8-849f-1b01aed4e952' }],
  },
});

export const standardInForceEvent = defineEvent({
  type: 'kz.gov.standards.standard.in-force.v1',
  topic: Topics.standards,
  key: (payload) => payload.standardId,
  description:
    'Subject: the standard id. Everything applications-svc needs to accept applications under the ' +
    'standard (Art. 8): term, documents, refusal grounds, fee, channels, queue maximums.',
  payload: standardInForce,
  example: inForceExample,
});

export const standardAmendedEvent = defineEvent({
  type: 'kz.gov.standards.standard.amended.v1',
  topic: Topics.standards,
  key: (payload) => payload.standardId,
  description:
    'Subject: the standard id. Same content as in force: an amendment replaces the whole standard.',
  payload: standardInForce.extend({ supersededVersionId: id() }),
  example: {
    ...inForceExample,
    versionNumber: 3,
    supersededVersionId: 'a1b2c3d4-0001-4000-8000-000000000001',
  },
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
    /** The act cancelling the standard, when a cancellation version was registered (not an exclusion). */
    approvingAct: approvingAct.optional(),
  }),
  example: {
    standardId: '8d2f6a1c-3b4e-4f5a-9c7d-1e2f3a4b5c6d',
    serviceId: '6f1c1e2a-8d3b-4c5e-9f70-1a2b3c4d5e6f',
    cancelledVersionId: inForceExample.versionId,
    registrationNumber: inForceExample.registrationNumber,
    registrationDate: inForceExample.registrationDate,
    cancelledFrom: '2099-01-14T19:00:00.000Z',
    basis: {
      kind: 'service_excluded',
      reference: 'Постановление Правительства Республики Казахстан от 15 января 2099 г. № 901',
    },
  },
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
  example: {
    standardId: '8d2f6a1c-3b4e-4f5a-9c7d-1e2f3a4b5c6d',
    serviceId: '6f1c1e2a-8d3b-4c5e-9f70-1a2b3c4d5e6f',
    versionId: inForceExample.versionId,
    reglamentId: 'a1b2c3d4-0004-4000-8000-000000000004',
    actKind: 'akimat_resolution',
    actNumber: '112',
    actDate: '2026-07-01',
    approvedAt: '2026-07-01T04:00:00.000Z',
    approvingOrganizationId: 'b3e1c2d4-5f60-4a7b-8c9d-0e1f2a3b4c5d',
    complete: true,
  },
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
  example: {
    standardId: '8d2f6a1c-3b4e-4f5a-9c7d-1e2f3a4b5c6d',
    serviceId: '6f1c1e2a-8d3b-4c5e-9f70-1a2b3c4d5e6f',
    termId: 'a1b2c3d4-0005-4000-8000-000000000005',
    kind: 'standard_adoption',
    article: '7.1',
    dueDate: '2026-05-20',
    dueAt: '2026-05-20T18:59:59.999Z',
    missedAt: '2026-05-21T00:00:05.000Z',
  },
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
  example: {
    standardId: '8d2f6a1c-3b4e-4f5a-9c7d-1e2f3a4b5c6d',
    serviceId: '6f1c1e2a-8d3b-4c5e-9f70-1a2b3c4d5e6f',
    versionId: inForceExample.versionId,
    refusalId: 'a1b2c3d4-0006-4000-8000-000000000006',
    reasons: { kk: 'Құқықтық сараптама ескертулері', ru: 'Замечания правовой экспертизы' },
    refusedAt: '2026-06-12T05:00:00.000Z',
  },
});

/** The parts a body plays in a service that oblige it to update its information (Art. 17.2). */
export const informationUpdateRoles = ['owner', 'provider'] as const;
export type InformationUpdateRole = (typeof informationUpdateRoles)[number];

/** What started the Art. 17.2 term: the version's adoption, amendment or cancellation coming into force. */
export const informationUpdateChanges = ['adoption', 'amendment', 'cancellation'] as const;
export type InformationUpdateChange = (typeof informationUpdateChanges)[number];

/** One body's Art. 17.2 obligation after one version came into force (or was cancelled). */
const informationUpdate = z.looseObject({
  standardId: id(),
  serviceId: id(),
  /** The version whose adoption, amendment or cancellation started the term. */
  versionId: id(),
  /** The body that must update its information: the owner (услугодатель) or a provider (поставщик). */
  organizationId: id(),
  /** Every part the body plays in the service (a ministry may own a service and deliver it). */
  roles: z.array(z.enum(informationUpdateRoles)).min(1),
  change: z.enum(informationUpdateChanges),
  /** The day of the adoption or change in Kazakhstan: the term counts from it. */
  startsOn: isoDate(),
  /** The last of the three working days (libs/calendar), and its end in Kazakhstan time. */
  dueDate: isoDate(),
  dueAt: isoDateTime(),
});

const informationUpdateExample: PayloadOfSchema<typeof informationUpdate> = {
  standardId: '8d2f6a1c-3b4e-4f5a-9c7d-1e2f3a4b5c6d',
  serviceId: '6f1c1e2a-8d3b-4c5e-9f70-1a2b3c4d5e6f',
  versionId: inForceExample.versionId,
  organizationId: 'b3e1c2d4-5f60-4a7b-8c9d-0e1f2a3b4c5d',
  roles: ['provider'],
  change: 'adoption',
  startsOn: '2026-07-09',
  dueDate: '2026-07-14',
  dueAt: '2026-07-14T18:59:59.999Z',
};

export const informationUpdateOverdueEvent = defineEvent({
  type: 'kz.gov.standards.information-update.overdue.v1',
  topic: Topics.standards,
  key: (payload) => payload.standardId,
  description:
    'Subject: the standard id. Art. 17.2: a body that owns or delivers the service had not confirmed the ' +
    'update of its information on the order of delivery by the end of the third working day after the ' +
    'standard’s adoption or change. One event per body and version, raised once; a later confirmation ' +
    'follows as `information-update.confirmed` (late unless its update is dated within the term).',
  payload: informationUpdate.extend({
    /** When the term was found run out (the watcher's pass), after `dueAt`. */
    overdueAt: isoDateTime(),
  }),
  example: {
    ...informationUpdateExample,
    overdueAt: '2026-07-14T19:00:05.000Z',
  },
});

export const informationUpdateConfirmedEvent = defineEvent({
  type: 'kz.gov.standards.information-update.confirmed.v1',
  topic: Topics.standards,
  key: (payload) => payload.standardId,
  description:
    'Subject: the standard id. Art. 17.2: an officer of the body confirmed that the body updated its ' +
    'information on the order of delivery after the standard’s adoption or change, on `updatedOn`. `late`: ' +
    'the update came after the three working days (`dueDate`). One event per body and version.',
  payload: informationUpdate.extend({
    /** The day the body updated its information (the legal fact), never after the confirmation. */
    updatedOn: isoDate(),
    confirmedAt: isoDateTime(),
    late: z.boolean(),
  }),
  example: {
    ...informationUpdateExample,
    updatedOn: '2026-07-13',
    confirmedAt: '2026-07-13T06:30:00.000Z',
    late: false,
  },
});

export const recommendationAnsweredEvent = defineEvent({
  type: 'kz.gov.standards.recommendation.answered.v1',
  topic: Topics.standards,
  key: (payload) => payload.standardId,
  description:
    'Subject: the standard id. Art. 7.5: the standard’s owner answered a recommendation to adopt, change or ' +
    'cancel it: accepted (with the amendment or cancellation that cites it, when one does) or rejected with ' +
    'reasons in Kazakh and Russian.',
  payload: z
    .looseObject({
      recommendationId: id(),
      standardId: id(),
      serviceId: id(),
      ownerOrganizationId: id(),
      response: z.enum(recommendationResponses),
      /** Required when rejected. */
      reasons: bilingualText.nullable(),
      /** The amendment or cancellation that cites the recommendation as its basis, else null. */
      versionId: id().nullable(),
      answeredAt: isoDateTime(),
    })
    .superRefine((answer, context) => {
      if (answer.response === 'rejected' && answer.reasons === null)
        context.addIssue({
          code: 'custom',
          path: ['reasons'],
          message: 'is required when rejected',
          input: answer,
        });
    })
    // The same rule for readers of the JSON Schema: a rejection carries its reasons.
    .meta({
      if: { properties: { response: { const: 'rejected' } }, required: ['response'] },
      then: { properties: { reasons: { type: 'object' } } },
    }),
  example: {
    recommendationId: 'e7c0a1b2-0001-4000-8000-0000000000f1',
    standardId: '8d2f6a1c-3b4e-4f5a-9c7d-1e2f3a4b5c6d',
    serviceId: '6f1c1e2a-8d3b-4c5e-9f70-1a2b3c4d5e6f',
    ownerOrganizationId: '23c6d681-e6ee-4de8-849f-1b01aed4e952',
    response: 'accepted',
    reasons: null,
    versionId: 'a1b2c3d4-0003-4000-8000-000000000003',
    answeredAt: '2026-09-10T05:00:00.000Z',
  },
});

export type DiscussionOpenedV1 = PayloadOf<typeof discussionOpenedEvent>;
export type DiscussionCompletedV1 = PayloadOf<typeof discussionCompletedEvent>;
export type StandardInForceV1 = PayloadOf<typeof standardInForceEvent>;
export type StandardAmendedV1 = PayloadOf<typeof standardAmendedEvent>;
export type StandardCancelledV1 = PayloadOf<typeof standardCancelledEvent>;
export type ReglamentApprovedV1 = PayloadOf<typeof reglamentApprovedEvent>;
export type TermMissedV1 = PayloadOf<typeof termMissedEvent>;
export type RegistrationRefusedV1 = PayloadOf<typeof registrationRefusedEvent>;
export type InformationUpdateOverdueV1 = PayloadOf<typeof informationUpdateOverdueEvent>;
export type InformationUpdateConfirmedV1 = PayloadOf<typeof informationUpdateConfirmedEvent>;
export type RecommendationAnsweredV1 = PayloadOf<typeof recommendationAnsweredEvent>;

const events = {
  discussionOpened: discussionOpenedEvent,
  discussionCompleted: discussionCompletedEvent,
  standardInForce: standardInForceEvent,
  standardAmended: standardAmendedEvent,
  standardCancelled: standardCancelledEvent,
  reglamentApproved: reglamentApprovedEvent,
  termMissed: termMissedEvent,
  registrationRefused: registrationRefusedEvent,
  informationUpdateOverdue: informationUpdateOverdueEvent,
  informationUpdateConfirmed: informationUpdateConfirmedEvent,
  recommendationAnswered: recommendationAnsweredEvent,
};

/** The standards context's event types by name: `StandardsEventTypes.standardInForce`. */
export const StandardsEventTypes = typesOf(events);
export type StandardsEventType = (typeof StandardsEventTypes)[keyof typeof StandardsEventTypes];
/** The standards context's event definitions by type. */
export const standardsEvents = catalogOf(events);
export type StandardsEventPayloads = PayloadMapOf<typeof standardsEvents>;
