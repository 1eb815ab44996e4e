import type { AnnualReportView, ReportViolation } from './annual-reports.service';

/** The demo's Ministry of Labour reports on 2026, publishes the report and discusses it. */
export const exampleAnnualReport: AnnualReportView = {
  id: 'b7e1a2c3-0001-4000-8000-0000000000a7',
  ownerId: '23c6d681-e6ee-4de8-849f-1b01aed4e952',
  year: 2026,
  status: 'published',
  figures: {
    applicationsSubmitted: 12_400,
    electronicApplications: 10_300,
    resultsIssuedOnTime: 11_900,
    resultsIssuedLate: 260,
    resultsRefused: 240,
    applicationsOverdue: 12,
    complaintsFiled: 31,
    complaintsSatisfied: 9,
    surveyAnswers: 1_850,
    informationUpdatesLate: 1,
  },
  narrative: {
    kk: '2026 жылы министрлік 24 қызмет көрсетті; электрондық өтініштер үлесі 83%-ға жетті',
    ru: 'В 2026 году министерство оказало 24 услуги; доля электронных заявлений достигла 83%',
  },
  draftedAt: '2027-02-10T05:00:00.000Z',
  publishedOn: '2027-02-15',
  publicationUrl: 'https://www.gov.kz/memleket/entities/enbek/documents/details/annual-report-2026',
  discussions: [
    {
      id: 'b7e1a2c3-0001-4000-8000-0000000000a8',
      heldOn: '2027-03-02',
      participants: { providers: 12, individuals: 40, legalEntities: 6 },
      summary: {
        kk: 'Қатысушылар анықтамаларды электрондық түрде беруді ұсынды',
        ru: 'Участники предложили выдавать справки в электронной форме',
      },
      recordedAt: '2027-03-02T11:00:00.000Z',
    },
  ],
};

export const exampleViolation: ReportViolation = {
  ownerId: '9a8b7c6d-5e4f-4a3b-8c1d-0e9f8a7b6c5d',
  reportId: null,
  published: false,
  discussed: false,
};
