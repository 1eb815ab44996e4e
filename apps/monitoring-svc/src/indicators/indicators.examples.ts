import type { Page } from '@kzps/platform';
import type { IndicatorRow } from './indicators.service';

const instance = { decided: 0, satisfied: 0, satisfiedShare: null };

export const exampleIndicatorRow: IndicatorRow = {
  month: '2026-07',
  serviceId: '6f1c1e2a-8d3b-4c5e-9f70-1a2b3c4d5e6f',
  applicationsSubmitted: 1250,
  electronicApplications: 1000,
  eFormShare: 0.8,
  intakeRefusals: 14,
  resultsIssuedOnTime: 1170,
  resultsIssuedLate: 30,
  onTimeShare: 0.975,
  resultsRefused: 25,
  applicationsOverdue: 31,
  handoversLate: 4,
  queueWaitsExceeded: 9,
  feesPaid: 300,
  feesPaidKzt: 442800,
  complaintsFiled: 5,
  complaintsPer1000Applications: 4,
  complaintsDecided: 4,
  complaintsSatisfied: 1,
  satisfiedShare: 0.25,
  surveyAnswers: 40,
  satisfactionScore: 4.35,
  informationUpdatesLate: 1,
  byInstance: {
    provider: { decided: 3, satisfied: 1, satisfiedShare: 0.3333 },
    local_executive_body: instance,
    owner: { decided: 1, satisfied: 0, satisfiedShare: 0 },
    quality_authority: instance,
  },
};

export const exampleIndicatorPage: Page<IndicatorRow> = {
  items: [exampleIndicatorRow],
  total: 1,
  page: 1,
  size: 20,
};
