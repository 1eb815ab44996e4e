/**
 * The counters the indicators projection keeps (issue 17, mission.md §5). Shares and rates (e-form share,
 * complaints per 1,000 applications, satisfied share, on-time share) are derived from them at read time, so
 * a counter never has to be recomputed when another one changes.
 */
export const Indicator = {
  /** Art. 12: an application accepted, by channel. */
  applicationsSubmitted: 'applications_submitted',
  /** Art. 14.2: an incomplete set refused at intake. */
  intakeRefusals: 'intake_refusals',
  /** Art. 15.3: the result reached the recipient, by whether it was recorded by the due date. */
  resultsIssuedOnTime: 'results_issued_on_time',
  resultsIssuedLate: 'results_issued_late',
  /** Art. 5.3.2: a motivated refusal of the result; the breakdown is the standard's refusal ground. */
  resultsRefused: 'results_refused',
  /** The term ran out with no result (once per application). */
  applicationsOverdue: 'applications_overdue',
  /** Art. 5.5.5: the result was not at the PSC by the handover deadline. */
  handoversLate: 'handovers_late',
  /** Art. 8.9: a wait over the standard's maximum; the breakdown is applying or collecting. */
  queueWaitsExceeded: 'queue_waits_exceeded',
  /** Art. 18: a fee paid, and its amount in tenge. */
  feesPaid: 'fees_paid',
  feesPaidKzt: 'fees_paid_kzt',
  /** Art. 19.1: a complaint filed (its first competent registration). */
  complaintsFiled: 'complaints_filed',
  /** Art. 19.4: a decision; the breakdown is the instance that decided. */
  complaintsDecided: 'complaints_decided',
  complaintsSatisfied: 'complaints_satisfied',
  /** Art. 5.4.2: a recipient's rating, and the sum of its five criteria (1-5 each). */
  surveyAnswers: 'survey_answers',
  surveyScorePoints: 'survey_score_points',
  /** Art. 17.2: a body had not updated its information three working days after the standard changed. */
  informationUpdatesLate: 'information_updates_late',
} as const;

export type IndicatorName = (typeof Indicator)[keyof typeof Indicator];
