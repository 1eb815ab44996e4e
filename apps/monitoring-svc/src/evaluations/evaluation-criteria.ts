import type { Bilingual } from '@kzps/platform';

/**
 * What a methodology may weigh (Art. 20-21: objective, impartial, comprehensive): each criterion is a figure
 * this service holds, turned into a score from 0 (worst) to 1 (best). A criterion whose figure is "fewer is
 * better" needs the methodology's `worst`: the figure at which its score reaches 0.
 */
export const evaluationCriteria = [
  'on_time_share',
  'e_form_share',
  'complaints_per_1000',
  'complaints_satisfied_share',
  'satisfaction',
  'inspection_findings',
  'information_updates_late',
] as const;
export type EvaluationCriterion = (typeof evaluationCriteria)[number];

/** An owner's figures for one year, from the indicators, the inspections and the surveys. */
export interface OwnerFigures {
  applicationsSubmitted: number;
  electronicApplications: number;
  resultsIssuedOnTime: number;
  resultsIssuedLate: number;
  complaintsFiled: number;
  complaintsDecided: number;
  complaintsSatisfied: number;
  surveyAnswers: number;
  surveyScorePoints: number;
  inspectionsCompleted: number;
  inspectionFindings: number;
  informationUpdatesLate: number;
}

interface CriterionRule {
  name: Bilingual;
  /** The law the figure comes from. */
  article: string;
  /** Whether the methodology must give `worst`. */
  needsWorst: boolean;
  /** The figures the criterion reads, shown in the explanation. */
  figures: ReadonlyArray<keyof OwnerFigures>;
  /** The criterion's own figure (a share, a rate, a mean, a count), or null when there is nothing to measure. */
  value(f: OwnerFigures): number | null;
  /** 0..1 from the value. */
  score(value: number, worst: number | null): number;
}

const ratio = (part: number, whole: number): number | null => (whole === 0 ? null : part / whole);
const asIs = (value: number): number => value;
/** Fewer is better: 1 at zero, 0 at `worst` and beyond. */
const fewerIsBetter = (value: number, worst: number | null): number =>
  worst === null ? 0 : Math.max(0, 1 - value / worst);

export const criterionRules: Record<EvaluationCriterion, CriterionRule> = {
  on_time_share: {
    name: { kk: 'Мерзімінде берілген нәтижелер үлесі', ru: 'Доля результатов, выданных в срок' },
    article: '5.3',
    needsWorst: false,
    figures: ['resultsIssuedOnTime', 'resultsIssuedLate'],
    value: (f) => ratio(f.resultsIssuedOnTime, f.resultsIssuedOnTime + f.resultsIssuedLate),
    score: asIs,
  },
  e_form_share: {
    name: { kk: 'Электрондық өтініштер үлесі', ru: 'Доля заявлений в электронной форме' },
    article: '12',
    needsWorst: false,
    figures: ['electronicApplications', 'applicationsSubmitted'],
    value: (f) => ratio(f.electronicApplications, f.applicationsSubmitted),
    score: asIs,
  },
  complaints_per_1000: {
    name: { kk: '1 000 өтінішке шағымдар', ru: 'Жалобы на 1 000 заявлений' },
    article: '19.1',
    needsWorst: true,
    figures: ['complaintsFiled', 'applicationsSubmitted'],
    value: (f) => {
      const rate = ratio(f.complaintsFiled, f.applicationsSubmitted);
      return rate === null ? null : rate * 1000;
    },
    score: fewerIsBetter,
  },
  complaints_satisfied_share: {
    name: { kk: 'Қанағаттандырылған шағымдар үлесі', ru: 'Доля удовлетворенных жалоб' },
    article: '19.4',
    needsWorst: false,
    figures: ['complaintsSatisfied', 'complaintsDecided'],
    value: (f) => ratio(f.complaintsSatisfied, f.complaintsDecided),
    score: (value) => 1 - value,
  },
  satisfaction: {
    name: { kk: 'Алушылардың қанағаттануы (1-5)', ru: 'Удовлетворенность услугополучателей (1-5)' },
    article: '5.4.2',
    needsWorst: false,
    figures: ['surveyScorePoints', 'surveyAnswers'],
    value: (f) => ratio(f.surveyScorePoints, f.surveyAnswers * 5),
    score: (mean) => (mean - 1) / 4,
  },
  inspection_findings: {
    name: { kk: 'Тексерулерде анықталған бұзушылықтар', ru: 'Нарушения, выявленные проверками' },
    article: '22.1',
    needsWorst: true,
    figures: ['inspectionFindings', 'inspectionsCompleted'],
    // Not inspected that year: nothing measured, rather than a clean record nobody checked.
    value: (f) => (f.inspectionsCompleted === 0 ? null : f.inspectionFindings),
    score: fewerIsBetter,
  },
  information_updates_late: {
    name: { kk: 'Ақпаратты кешіктіріп жаңарту', ru: 'Несвоевременная актуализация информации' },
    article: '17.2',
    needsWorst: true,
    figures: ['informationUpdatesLate', 'applicationsSubmitted'],
    value: (f) => f.informationUpdatesLate,
    score: fewerIsBetter,
  },
};
