import type { EvaluationView, MethodologyView, RatingsView } from './evaluations.service';
import { scoreOwner } from './evaluation-score';

/** The story of the examples: the quality authority's methodology v2, and the Ministry of Labour's 2026. */
export const exampleMethodologyBody = {
  title: {
    kk: 'Мемлекеттік қызметтер көрсету сапасын бағалау әдістемесі',
    ru: 'Методика оценки качества оказания государственных услуг',
  },
  adoptedOn: '2025-12-20',
  criteria: [
    { criterion: 'on_time_share' as const, weight: 30 },
    { criterion: 'complaints_per_1000' as const, weight: 20, worst: 10 },
    { criterion: 'satisfaction' as const, weight: 20 },
    { criterion: 'inspection_findings' as const, weight: 20, worst: 5 },
    { criterion: 'information_updates_late' as const, weight: 10, worst: 3 },
  ],
  bands: [
    { code: 'high', name: { kk: 'Жоғары', ru: 'Высокий' }, minScore: 80 },
    { code: 'medium', name: { kk: 'Орташа', ru: 'Средний' }, minScore: 50 },
    { code: 'low', name: { kk: 'Төмен', ru: 'Низкий' }, minScore: 0 },
  ],
};

export const exampleMethodology: MethodologyView = {
  id: 'b7e1a2c3-0001-4000-8000-0000000000d1',
  version: 2,
  ...exampleMethodologyBody,
  criteria: exampleMethodologyBody.criteria.map((c) => ({ worst: null, ...c })),
  qualityAuthorityId: '7d6c5b4a-3e2f-4a1b-9c8d-7e6f5a4b3c2d',
  createdAt: '2025-12-20T05:00:00.000Z',
};

const exampleScore = scoreOwner(
  {
    applicationsSubmitted: 12_400,
    electronicApplications: 10_300,
    resultsIssuedOnTime: 11_900,
    resultsIssuedLate: 260,
    complaintsFiled: 31,
    complaintsDecided: 28,
    complaintsSatisfied: 9,
    surveyAnswers: 1_850,
    surveyScorePoints: 40_700,
    inspectionsCompleted: 1,
    inspectionFindings: 2,
    informationUpdatesLate: 1,
  },
  exampleMethodology.criteria,
  exampleMethodology.bands,
);

export const exampleEvaluation: EvaluationView = {
  id: 'b7e1a2c3-0001-4000-8000-0000000000e1',
  year: 2026,
  ownerId: '23c6d681-e6ee-4de8-849f-1b01aed4e952',
  score: exampleScore?.score ?? 0,
  band: exampleScore?.band ?? exampleMethodology.bands[0],
  rank: 3,
  ownersRanked: 17,
  methodology: { id: exampleMethodology.id, version: exampleMethodology.version },
  criteria: exampleScore?.criteria ?? [],
  publishedAt: '2027-02-01T05:00:00.000Z',
};

export const exampleRatings: RatingsView = {
  year: 2026,
  methodology: { id: exampleMethodology.id, version: exampleMethodology.version },
  publishedAt: exampleEvaluation.publishedAt,
  owners: [
    {
      rank: exampleEvaluation.rank,
      ownerId: exampleEvaluation.ownerId,
      score: exampleEvaluation.score,
      band: exampleEvaluation.band.code,
      evaluationId: exampleEvaluation.id,
    },
  ],
};
