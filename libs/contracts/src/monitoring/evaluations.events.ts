/**
 * The yearly quality evaluation of owners (Art. 20-21): the quality authority publishes each owner's score
 * under a versioned methodology. The score's explanation (figures and weights) is read over REST.
 */
import { z } from 'zod';
import { defineEvent, type PayloadOf } from '../events/event-definition';
import { id, int, isoDateTime, text } from '../events/payload-fields';
import { Topics } from '../topics/topic-names';

export const evaluationPublishedEvent = defineEvent({
  type: 'kz.gov.monitoring.evaluation.published.v1',
  topic: Topics.monitoringEvaluations,
  key: (payload) => payload.evaluationId,
  description:
    'Subject: the evaluation id. Art. 21: the quality authority published the yearly evaluation of an ' +
    'owner’s quality of service: its score (0-100), band and place among the owners evaluated that year.',
  payload: z.looseObject({
    evaluationId: id(),
    year: int({ min: 2005, max: 2099 }),
    ownerOrganizationId: id(),
    methodologyId: id(),
    methodologyVersion: int({ min: 1 }),
    /** 0-100 with two decimals. */
    score: z.number().min(0).max(100),
    /** The methodology's band the score falls in (`high`, `medium`, …). */
    band: text(40),
    /** 1 for the best score of the year; owners with the same score share a place. */
    rank: int({ min: 1 }),
    ownersRanked: int({ min: 1 }),
    publishedAt: isoDateTime(),
  }),
  example: {
    evaluationId: 'b7e1a2c3-0001-4000-8000-0000000000e1',
    year: 2026,
    ownerOrganizationId: '23c6d681-e6ee-4de8-849f-1b01aed4e952',
    methodologyId: 'b7e1a2c3-0001-4000-8000-0000000000d1',
    methodologyVersion: 2,
    score: 82.35,
    band: 'high',
    rank: 3,
    ownersRanked: 17,
    publishedAt: '2027-02-01T05:00:00.000Z',
  },
});

export type EvaluationPublishedV1 = PayloadOf<typeof evaluationPublishedEvent>;
