import type { RecommendationView } from './recommendation.mapper';

/** The story of the examples: an accredited NGO's monitoring found a certificate the state already holds. */
export const exampleIssue = {
  serviceId: '6f1c1e2a-8d3b-4c5e-9f70-1a2b3c4d5e6f',
  action: 'amend' as const,
  source: 'public_monitoring' as const,
  monitoringReportId: 'a9b8c7d6-0001-4000-8000-0000000000a1',
  ngoOrganizationId: 'c1d2e3f4-0001-4000-8000-0000000000b1',
  content: {
    kk: 'Құжаттар тізбесінен мекенжай анықтамасын алып тастау: мәліметтер мемлекеттік дерекқорда бар',
    ru: 'Исключить адресную справку из перечня документов: сведения есть в государственной базе данных',
  },
};

export const exampleRecommendation: RecommendationView = {
  id: 'e7c0a1b2-0001-4000-8000-0000000000f1',
  number: 'R-2026-0001',
  serviceId: exampleIssue.serviceId,
  action: exampleIssue.action,
  source: {
    kind: exampleIssue.source,
    issuerOrganizationId: '7d6c5b4a-3e2f-4a1b-9c8d-7e6f5a4b3c2d',
    monitoringReportId: exampleIssue.monitoringReportId,
    ngoOrganizationId: exampleIssue.ngoOrganizationId,
    complaintIds: [],
  },
  content: exampleIssue.content,
  issuedAt: '2026-09-01T05:00:00.000Z',
  status: 'accepted',
  answer: {
    response: 'accepted',
    standardId: '8d2f6a1c-3b4e-4f5a-9c7d-1e2f3a4b5c6d',
    ownerOrganizationId: '23c6d681-e6ee-4de8-849f-1b01aed4e952',
    reasons: null,
    versionId: 'a1b2c3d4-0003-4000-8000-000000000003',
    answeredAt: '2026-09-10T05:00:00.000Z',
  },
};
