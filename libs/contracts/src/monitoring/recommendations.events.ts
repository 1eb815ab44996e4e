/**
 * Recommendations back to standards (Art. 7.5, 19.5, 23.5): a body the law names recommends that an owner
 * adopt, change or cancel a standard; standards-svc shows it on the standard and the owner answers
 * (`kz.gov.standards.recommendation.answered.v1`). No names and no IIN/BIN.
 */
import { z } from 'zod';
import { defineEvent, type PayloadOf } from '../events/event-definition';
import { bilingual, id, isoDateTime, text } from '../events/payload-fields';
import { Topics } from '../topics/topic-names';

/** What a recommendation asks of the standard (Art. 7.5: adoption, change, cancellation). */
export const recommendationActions = ['adopt', 'amend', 'cancel'] as const;
export type RecommendationAction = (typeof recommendationActions)[number];

/**
 * Art. 7.5's four grounds besides the owner's own discretion: the quality authority's recommendation, the
 * informatization authority's, the results of public monitoring by an accredited NGO (Art. 23.5), and the
 * review of recipients' complaints (Art. 19.5).
 */
export const recommendationSources = [
  'quality_authority',
  'informatization_authority',
  'public_monitoring',
  'complaint_review',
] as const;
export type RecommendationSource = (typeof recommendationSources)[number];

/** The owner's answer: accepted (and acted on by an amendment or cancellation) or rejected with reasons. */
export const recommendationResponses = ['accepted', 'rejected'] as const;
export type RecommendationResponse = (typeof recommendationResponses)[number];

export const recommendationIssuedEvent = defineEvent({
  type: 'kz.gov.monitoring.recommendation.issued.v1',
  topic: Topics.monitoringRecommendations,
  key: (payload) => payload.recommendationId,
  description:
    'Subject: the recommendation id. Art. 7.5, 19.5, 23.5: a recommendation to adopt, change or cancel the ' +
    'standard of a service, with its source (the issuing body, and the NGO monitoring report or the ' +
    'complaints it rests on); the standard’s owner answers it.',
  payload: z.looseObject({
    recommendationId: id(),
    /** The register number, per year: `R-2026-0001`. */
    number: text(40),
    serviceId: id(),
    action: z.enum(recommendationActions),
    source: z.looseObject({
      kind: z.enum(recommendationSources),
      /** The body that issued it: the quality or informatization authority. */
      issuerOrganizationId: id(),
      /** The accredited NGO's monitoring report (public_monitoring), else null. */
      monitoringReportId: id().nullable(),
      /** The accredited NGO whose results it rests on (public_monitoring), else null. */
      ngoOrganizationId: id().nullable(),
      /** The decided complaints it rests on (complaint_review), else empty. */
      complaintIds: z.array(id()).max(100),
    }),
    /** What should change in the standard and why. */
    content: bilingual(20_000),
    issuedAt: isoDateTime(),
  }),
  example: {
    recommendationId: 'e7c0a1b2-0001-4000-8000-0000000000f1',
    number: 'R-2026-0001',
    serviceId: '6f1c1e2a-8d3b-4c5e-9f70-1a2b3c4d5e6f',
    action: 'amend',
    source: {
      kind: 'public_monitoring',
      issuerOrganizationId: '7d6c5b4a-3e2f-4a1b-9c8d-7e6f5a4b3c2d',
      monitoringReportId: 'a9b8c7d6-0001-4000-8000-0000000000a1',
      ngoOrganizationId: 'c1d2e3f4-0001-4000-8000-0000000000b1',
      complaintIds: [],
    },
    content: {
      kk: 'Құжаттар тізбесінен анықтаманы алып тастау: ол мемлекеттік дерекқорда бар',
      ru: 'Исключить справку из перечня документов: сведения есть в государственной базе данных',
    },
    issuedAt: '2026-09-01T05:00:00.000Z',
  },
});

export type RecommendationIssuedV1 = PayloadOf<typeof recommendationIssuedEvent>;
