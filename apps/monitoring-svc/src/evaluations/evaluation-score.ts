import type { Bilingual } from '@kzps/platform';
import { criterionRules, type EvaluationCriterion, type OwnerFigures } from './evaluation-criteria';

export interface MethodologyCriterion {
  criterion: EvaluationCriterion;
  /** Percent; a methodology's weights add up to 100. */
  weight: number;
  worst: number | null;
}

export interface ScoreBand {
  code: string;
  name: Bilingual;
  minScore: number;
}

/** One line of a score's explanation: which figures, which weight, how many points. */
export interface CriterionExplanation {
  criterion: EvaluationCriterion;
  name: Bilingual;
  article: string;
  figures: Partial<OwnerFigures>;
  /** The criterion's figure (share, rate, mean or count); null when nothing was measured. */
  value: number | null;
  worst: number | null;
  /** 0..1; null when nothing was measured. */
  score: number | null;
  weight: number;
  /** The weight over the criteria measured: what it counts for in this score (percent). */
  appliedWeight: number;
  /** Its share of the total score: score × applied weight. */
  points: number;
}

export interface OwnerScore {
  score: number;
  band: ScoreBand;
  criteria: CriterionExplanation[];
}

const round = (x: number, digits: number): number => Math.round(x * 10 ** digits) / 10 ** digits;

/**
 * The owner's score, 0-100: each measured criterion's score times its weight, over the weights of the criteria
 * measured (a criterion with nothing to measure, as no inspection that year, neither helps nor hurts, and says
 * so). Null when nothing at all was measured. Every figure and weight that made it is in the explanation.
 */
export function scoreOwner(
  figures: OwnerFigures,
  criteria: readonly MethodologyCriterion[],
  bands: readonly ScoreBand[],
): OwnerScore | null {
  const measured = criteria.map((c) => {
    const rule = criterionRules[c.criterion];
    const value = rule.value(figures);
    const score = value === null ? null : Math.min(1, Math.max(0, rule.score(value, c.worst)));
    return { c, rule, value, score };
  });
  const measuredWeight = measured.reduce((sum, m) => sum + (m.score === null ? 0 : m.c.weight), 0);
  if (measuredWeight === 0) return null;
  const explained: CriterionExplanation[] = measured.map(({ c, rule, value, score }) => {
    const appliedWeight = score === null ? 0 : (c.weight * 100) / measuredWeight;
    return {
      criterion: c.criterion,
      name: rule.name,
      article: rule.article,
      figures: Object.fromEntries(rule.figures.map((key) => [key, figures[key]])),
      value: value === null ? null : round(value, 4),
      worst: c.worst,
      score: score === null ? null : round(score, 4),
      weight: c.weight,
      appliedWeight: round(appliedWeight, 2),
      points: score === null ? 0 : round(score * appliedWeight, 2),
    };
  });
  const total = round(
    measured.reduce((sum, m) => sum + (m.score === null ? 0 : m.score * m.c.weight), 0) *
      (100 / measuredWeight),
    2,
  );
  return { score: total, band: bandOf(total, bands), criteria: explained };
}

/** The highest band whose floor the score reaches; a methodology always has a band from 0. */
export function bandOf(score: number, bands: readonly ScoreBand[]): ScoreBand {
  const sorted = [...bands].sort((a, b) => b.minScore - a.minScore);
  const band = sorted.find((b) => score >= b.minScore) ?? sorted[sorted.length - 1];
  if (!band) throw new Error('a methodology has at least one band');
  return band;
}

/** Competition ranking: equal scores share a place, the next place skips (1, 2, 2, 4). */
export function rank<T extends { score: number }>(items: readonly T[]): Array<T & { rank: number }> {
  const sorted = [...items].sort((a, b) => b.score - a.score);
  return sorted.map((item) => ({
    ...item,
    rank: sorted.findIndex((other) => other.score === item.score) + 1,
  }));
}
