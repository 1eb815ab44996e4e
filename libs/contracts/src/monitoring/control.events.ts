/**
 * External control of the quality of public services (Law "On public services", Art. 22.1, 22.3): the quality
 * authority's inspections, the violations they find and the orders they give. Every event is keyed by the
 * inspection, so an inspection's steps stay in order on one partition. Organisations by id only, no persons.
 */
import { z } from 'zod';
import { defineEvent, type PayloadOf } from '../events/event-definition';
import { bilingual, id, int, isoDate, isoDateTime, text } from '../events/payload-fields';
import { Topics } from '../topics/topic-names';

/** Art. 22.3.1: an inspection is planned (in the yearly plan) or unplanned (on a ground). */
export const inspectionKinds = ['planned', 'unplanned'] as const;
export type InspectionKind = (typeof inspectionKinds)[number];

/** What an unplanned inspection is held on (Art. 22.1.2: complaints; monitoring; the indicators). */
export const inspectionGroundKinds = ['complaint', 'monitoring-finding', 'indicator-out-of-bounds'] as const;
export type InspectionGroundKind = (typeof inspectionGroundKinds)[number];

/** Whose work is inspected and to whom an order goes: the service's owner or a provider. */
export const inspectedRoles = ['owner', 'provider'] as const;
export type InspectedRole = (typeof inspectedRoles)[number];

/** Art. 22.1.1: a violation of the law, of a standard or of a reglament, named by its article, item or step. */
export const violatedNormKinds = ['law-article', 'standard-item', 'reglament-step'] as const;
export type ViolatedNormKind = (typeof violatedNormKinds)[number];

const ground = z.looseObject({
  kind: z.enum(inspectionGroundKinds),
  /** The complaint's id, the monitoring report's id, or the indicator and its figure. */
  reference: text(500),
});

const violated = z.looseObject({
  kind: z.enum(violatedNormKinds),
  /** `Art. 5.2.3`, `standard item 8`, `reglament step 3`. */
  reference: text(200),
});

const exampleInspection = '5a1d0c4e-0001-4000-8000-00000000e001';
const exampleSubject = '23c6d681-e6ee-4de8-849f-1b01aed4e952';

export const inspectionScheduledEvent = defineEvent({
  type: 'kz.gov.monitoring.inspection.scheduled.v1',
  topic: Topics.monitoringInspections,
  key: (payload) => payload.inspectionId,
  description:
    'Subject: the inspection id. Art. 22.3.1: the quality authority scheduled a planned inspection (in its ' +
    'yearly plan) or an unplanned one on a ground, of an owner or a provider, with its dates.',
  payload: z
    .looseObject({
      inspectionId: id(),
      kind: z.enum(inspectionKinds),
      /** The plan's year for a planned inspection; null for an unplanned one. */
      planYear: int({ min: 2005, max: 2099 }).nullable(),
      /** Null for a planned inspection. */
      ground: ground.nullable(),
      subjectOrganizationId: id(),
      subjectRole: z.enum(inspectedRoles),
      serviceIds: z.array(id()),
      startDate: isoDate(),
      endDate: isoDate(),
      qualityAuthorityId: id(),
      scheduledAt: isoDateTime(),
    })
    .superRefine((payload, context) => {
      if ((payload.kind === 'unplanned') !== (payload.ground !== null)) {
        context.addIssue({
          code: 'custom',
          path: ['ground'],
          message: 'is required for an unplanned inspection and null for a planned one',
          input: payload,
        });
      }
    })
    .meta({
      if: { properties: { kind: { const: 'unplanned' } }, required: ['kind'] },
      then: { properties: { ground: { type: 'object' } } },
      else: { properties: { ground: { type: 'null' } } },
    }),
  example: {
    inspectionId: exampleInspection,
    kind: 'unplanned',
    planYear: null,
    ground: { kind: 'complaint', reference: '0b4f1c1e-5d0f-4a53-9a43-0e1a7f0b3f11' },
    subjectOrganizationId: exampleSubject,
    subjectRole: 'owner',
    serviceIds: ['6f1c1e2a-8d3b-4c5e-9f70-1a2b3c4d5e6f'],
    startDate: '2026-09-01',
    endDate: '2026-09-14',
    qualityAuthorityId: 'a9e0b7c6-0001-4000-8000-0000000000aa',
    scheduledAt: '2026-08-20T05:00:00.000Z',
  },
});

export const inspectionCompletedEvent = defineEvent({
  type: 'kz.gov.monitoring.inspection.completed.v1',
  topic: Topics.monitoringInspections,
  key: (payload) => payload.inspectionId,
  description:
    'Subject: the inspection id. The quality authority completed the inspection; its results are published ' +
    'for anyone to read from this moment (Art. 22.3.2).',
  payload: z.looseObject({
    inspectionId: id(),
    subjectOrganizationId: id(),
    completedOn: isoDate(),
    findings: int({ min: 0 }),
    orders: int({ min: 0 }),
    summary: bilingual(20_000),
    publishedAt: isoDateTime(),
  }),
  example: {
    inspectionId: exampleInspection,
    subjectOrganizationId: exampleSubject,
    completedOn: '2026-09-14',
    findings: 1,
    orders: 1,
    summary: {
      kk: 'Стандарттың 8-тармағында белгіленген мерзім бұзылған',
      ru: 'Нарушен срок, установленный пунктом 8 стандарта',
    },
    publishedAt: '2026-09-14T10:00:00.000Z',
  },
});

export const findingRecordedEvent = defineEvent({
  type: 'kz.gov.monitoring.finding.recorded.v1',
  topic: Topics.monitoringInspections,
  key: (payload) => payload.inspectionId,
  description:
    'Subject: the inspection id. Art. 22.1.1: the inspection found a violation, naming the article of the ' +
    'law, the item of the standard or the step of the reglament violated.',
  payload: z.looseObject({
    inspectionId: id(),
    findingId: id(),
    subjectOrganizationId: id(),
    serviceId: id().nullable(),
    violated,
    description: bilingual(20_000),
    recordedOn: isoDate(),
  }),
  example: {
    inspectionId: exampleInspection,
    findingId: '5a1d0c4e-0002-4000-8000-00000000f001',
    subjectOrganizationId: exampleSubject,
    serviceId: '6f1c1e2a-8d3b-4c5e-9f70-1a2b3c4d5e6f',
    violated: { kind: 'standard-item', reference: 'п. 8 / 8-тармақ' },
    description: {
      kk: '12 өтініштің нәтижесі мерзімінен кеш берілген',
      ru: 'Результаты по 12 заявлениям выданы позже срока',
    },
    recordedOn: '2026-09-10',
  },
});

const order = {
  inspectionId: id(),
  orderId: id(),
  addresseeOrganizationId: id(),
  addresseeRole: z.enum(inspectedRoles),
  dueDate: isoDate(),
};

const exampleOrder = {
  inspectionId: exampleInspection,
  orderId: '5a1d0c4e-0003-4000-8000-00000000d001',
  addresseeOrganizationId: exampleSubject,
  addresseeRole: 'owner' as const,
  dueDate: '2026-10-14',
};

export const orderIssuedEvent = defineEvent({
  type: 'kz.gov.monitoring.order.issued.v1',
  topic: Topics.monitoringInspections,
  key: (payload) => payload.inspectionId,
  description:
    'Subject: the inspection id. The quality authority ordered the owner or the provider to remove a ' +
    'violation by a due date (a calendar day, Asia/Almaty).',
  payload: z.looseObject({
    ...order,
    findingId: id().nullable(),
    text: bilingual(20_000),
    issuedOn: isoDate(),
  }),
  example: {
    ...exampleOrder,
    findingId: '5a1d0c4e-0002-4000-8000-00000000f001',
    text: {
      kk: 'Нәтижелерді стандартта белгіленген мерзімде беруді қамтамасыз ету',
      ru: 'Обеспечить выдачу результатов в срок, установленный стандартом',
    },
    issuedOn: '2026-09-14',
  },
});

export const orderFulfilledEvent = defineEvent({
  type: 'kz.gov.monitoring.order.fulfilled.v1',
  topic: Topics.monitoringInspections,
  key: (payload) => payload.inspectionId,
  description:
    'Subject: the inspection id. The quality authority accepted the addressee’s report that the order is ' +
    'fulfilled; `onTime` is false when it was accepted after the due date.',
  payload: z.looseObject({ ...order, fulfilledOn: isoDate(), onTime: z.boolean() }),
  example: { ...exampleOrder, fulfilledOn: '2026-10-10', onTime: true },
});

export const orderOverdueEvent = defineEvent({
  type: 'kz.gov.monitoring.order.overdue.v1',
  topic: Topics.monitoringInspections,
  key: (payload) => payload.inspectionId,
  description:
    'Subject: the inspection id. The order’s due date passed without its fulfilment accepted; sent once, ' +
    'dated the first day after the due date.',
  payload: z.looseObject({ ...order, overdueSince: isoDate() }),
  example: { ...exampleOrder, overdueSince: '2026-10-15' },
});

export const orderReturnedEvent = defineEvent({
  type: 'kz.gov.monitoring.order.returned.v1',
  topic: Topics.monitoringInspections,
  key: (payload) => payload.inspectionId,
  description:
    'Subject: the inspection id. The quality authority found the reported fulfilment short and sent the ' +
    'order back with its reasons and a new due date (`dueDate`; the one it replaces in `previousDueDate`); ' +
    'the order is open again and watched for that date.',
  payload: z.looseObject({
    ...order,
    previousDueDate: isoDate(),
    reasons: bilingual(20_000),
    returnedOn: isoDate(),
  }),
  example: {
    ...exampleOrder,
    dueDate: '2026-11-02',
    previousDueDate: '2026-10-14',
    reasons: {
      kk: 'Есепте нәтижелердің мерзімінде берілгені расталмаған',
      ru: 'Отчёт не подтверждает выдачу результатов в срок',
    },
    returnedOn: '2026-10-12',
  },
});

export type InspectionScheduledV1 = PayloadOf<typeof inspectionScheduledEvent>;
export type InspectionCompletedV1 = PayloadOf<typeof inspectionCompletedEvent>;
export type FindingRecordedV1 = PayloadOf<typeof findingRecordedEvent>;
export type OrderIssuedV1 = PayloadOf<typeof orderIssuedEvent>;
export type OrderFulfilledV1 = PayloadOf<typeof orderFulfilledEvent>;
export type OrderOverdueV1 = PayloadOf<typeof orderOverdueEvent>;
export type OrderReturnedV1 = PayloadOf<typeof orderReturnedEvent>;

/** The external-control events by name; monitoring.events.ts puts them into the context's catalogue. */
export const controlEvents = {
  inspectionScheduled: inspectionScheduledEvent,
  inspectionCompleted: inspectionCompletedEvent,
  findingRecorded: findingRecordedEvent,
  orderIssued: orderIssuedEvent,
  orderFulfilled: orderFulfilledEvent,
  orderOverdue: orderOverdueEvent,
  orderReturned: orderReturnedEvent,
};
