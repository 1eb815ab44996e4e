/**
 * The monitoring context's events (Law "On public services", Ch. 6, Art. 5.4.2, 20-23). No names and no
 * IIN/BIN ever: a survey answer names the application and the facets it is counted by, not the recipient.
 */
import { z } from 'zod';
import { catalogOf, typesOf, type PayloadMapOf } from '../events/event-catalog-of';
import { defineEvent, type PayloadOf } from '../events/event-definition';
import { id, int, isoDateTime, kato } from '../events/payload-fields';
import { applicationChannels } from '../applications/applications.events';
import { Topics } from '../topics/topic-names';
import { controlEvents } from './control.events';
import { publicMonitoringEvents } from './public-monitoring.events';
import { evaluationPublishedEvent } from './evaluations.events';
import { recommendationIssuedEvent } from './recommendations.events';

/** What a recipient rates a delivered service by (Art. 5.4.2), each 1-5. */
export const surveyCriteria = ['timeliness', 'courtesy', 'convenience', 'information', 'result'] as const;
export type SurveyCriterion = (typeof surveyCriteria)[number];

const score = int({ min: 1, max: 5 });

export const surveyAnsweredEvent = defineEvent({
  type: 'kz.gov.monitoring.survey.answered.v1',
  topic: Topics.monitoringSurveys,
  key: (payload) => payload.applicationId,
  description:
    'Subject: the application id. Art. 5.4.2: the recipient rated the delivered service, once per application.',
  payload: z.looseObject({
    surveyId: id(),
    applicationId: id(),
    serviceId: id(),
    ownerOrganizationId: id(),
    providerOrganizationId: id(),
    pscOrganizationId: id().nullable(),
    regionKato: kato().nullable(),
    channel: z.enum(applicationChannels),
    scores: z.looseObject({
      timeliness: score,
      courtesy: score,
      convenience: score,
      information: score,
      result: score,
    }),
    hasComment: z.boolean(),
    answeredAt: isoDateTime(),
  }),
  example: {
    surveyId: 'c0ffee00-0001-4000-8000-00000000c001',
    applicationId: 'e4d3c2b1-0001-4000-8000-00000000a001',
    serviceId: '6f1c1e2a-8d3b-4c5e-9f70-1a2b3c4d5e6f',
    ownerOrganizationId: '23c6d681-e6ee-4de8-849f-1b01aed4e952',
    providerOrganizationId: 'b3e1c2d4-5f60-4a7b-8c9d-0e1f2a3b4c5d',
    pscOrganizationId: null,
    regionKato: '751110000',
    channel: 'electronic',
    scores: { timeliness: 5, courtesy: 4, convenience: 5, information: 4, result: 5 },
    hasComment: true,
    answeredAt: '2026-07-09T04:00:00.000Z',
  },
});

export type SurveyAnsweredV1 = PayloadOf<typeof surveyAnsweredEvent>;

const events = {
  surveyAnswered: surveyAnsweredEvent,
  ...controlEvents,
  ...publicMonitoringEvents,
  recommendationIssued: recommendationIssuedEvent,
  evaluationPublished: evaluationPublishedEvent,
};

/** The monitoring context's event types by name: `MonitoringEventTypes.surveyAnswered`. */
export const MonitoringEventTypes = typesOf(events);
export type MonitoringEventType = (typeof MonitoringEventTypes)[keyof typeof MonitoringEventTypes];
/** The monitoring context's event definitions by type. */
export const monitoringEvents = catalogOf(events);
export type MonitoringEventPayloads = PayloadMapOf<typeof monitoringEvents>;
