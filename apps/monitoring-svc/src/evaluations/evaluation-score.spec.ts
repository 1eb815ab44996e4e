import type { OwnerFigures } from './evaluation-criteria';
import { bandOf, rank, scoreOwner, type MethodologyCriterion, type ScoreBand } from './evaluation-score';

const bands: ScoreBand[] = [
  { code: 'high', name: { kk: 'Жоғары', ru: 'Высокий' }, minScore: 80 },
  { code: 'medium', name: { kk: 'Орташа', ru: 'Средний' }, minScore: 50 },
  { code: 'low', name: { kk: 'Төмен', ru: 'Низкий' }, minScore: 0 },
];

const none: OwnerFigures = {
  applicationsSubmitted: 0,
  electronicApplications: 0,
  resultsIssuedOnTime: 0,
  resultsIssuedLate: 0,
  complaintsFiled: 0,
  complaintsDecided: 0,
  complaintsSatisfied: 0,
  surveyAnswers: 0,
  surveyScorePoints: 0,
  inspectionsCompleted: 0,
  inspectionFindings: 0,
  informationUpdatesLate: 0,
};

describe('the yearly evaluation score (Art. 20-21)', () => {
  const criteria: MethodologyCriterion[] = [
    { criterion: 'on_time_share', weight: 40, worst: null },
    { criterion: 'complaints_per_1000', weight: 30, worst: 10 },
    { criterion: 'inspection_findings', weight: 30, worst: 5 },
  ];

  it('weighs each criterion’s score and explains which figures and weights made it', () => {
    const figures = {
      ...none,
      applicationsSubmitted: 1000,
      resultsIssuedOnTime: 90,
      resultsIssuedLate: 10,
      complaintsFiled: 5,
      inspectionsCompleted: 1,
      inspectionFindings: 1,
    };
    const result = scoreOwner(figures, criteria, bands);
    // 0.9 × 40 + (1 − 5/10) × 30 + (1 − 1/5) × 30 = 36 + 15 + 24 = 75
    expect(result?.score).toBe(75);
    expect(result?.band.code).toBe('medium');
    expect(result?.criteria.map((c) => [c.criterion, c.value, c.score, c.appliedWeight, c.points])).toEqual([
      ['on_time_share', 0.9, 0.9, 40, 36],
      ['complaints_per_1000', 5, 0.5, 30, 15],
      ['inspection_findings', 1, 0.8, 30, 24],
    ]);
    expect(result?.criteria[0]?.figures).toEqual({ resultsIssuedOnTime: 90, resultsIssuedLate: 10 });
  });

  it('leaves a criterion with nothing measured out of the weights, saying so, rather than scoring it 0 or 1', () => {
    const figures = { ...none, applicationsSubmitted: 100, resultsIssuedOnTime: 50, resultsIssuedLate: 50 };
    const result = scoreOwner(figures, criteria, bands);
    // Not inspected: on-time 0.5 counts 40/70, no complaints 1.0 counts 30/70.
    expect(result?.score).toBeCloseTo((0.5 * 40 + 1 * 30) * (100 / 70), 2);
    const findings = result?.criteria.find((c) => c.criterion === 'inspection_findings');
    expect(findings).toMatchObject({ value: null, score: null, appliedWeight: 0, points: 0 });
  });

  it('evaluates nobody on no figures at all', () => {
    expect(scoreOwner(none, [{ criterion: 'on_time_share', weight: 100, worst: null }], bands)).toBeNull();
  });

  it('clamps a figure past the worst to 0 and reads satisfaction on its 1-5 scale', () => {
    const result = scoreOwner(
      { ...none, applicationsSubmitted: 100, complaintsFiled: 5, surveyAnswers: 2, surveyScorePoints: 50 },
      [
        { criterion: 'complaints_per_1000', weight: 50, worst: 10 },
        { criterion: 'satisfaction', weight: 50, worst: null },
      ],
      bands,
    );
    // 50 complaints per 1,000 against a worst of 10 → 0; a mean of 5 → 1.
    expect(result?.criteria.map((c) => c.score)).toEqual([0, 1]);
    expect(result?.score).toBe(50);
  });

  it('puts a score in the highest band it reaches and ranks equal scores equal', () => {
    expect(bandOf(80, bands).code).toBe('high');
    expect(bandOf(79.99, bands).code).toBe('medium');
    expect(bandOf(0, bands).code).toBe('low');
    expect(rank([{ score: 70 }, { score: 90 }, { score: 70 }, { score: 10 }]).map((r) => r.rank)).toEqual([
      1, 2, 2, 4,
    ]);
  });
});
