import { exampleIds } from '../common/api-examples';
import type { StandardRecommendationView } from './recommendation.view';

/** The story's recommendation: an accredited NGO found a certificate the state already holds. */
export const exampleRecommendationId = 'e7c0a1b2-0001-4000-8000-0000000000f1';

export const exampleStandardRecommendation: StandardRecommendationView = {
  id: exampleRecommendationId,
  number: 'R-2026-0001',
  action: 'amend',
  source: {
    kind: 'public_monitoring',
    issuerOrganizationId: '7d6c5b4a-3e2f-4a1b-9c8d-7e6f5a4b3c2d',
    monitoringReportId: 'a9b8c7d6-0001-4000-8000-0000000000a1',
    ngoOrganizationId: 'c1d2e3f4-0001-4000-8000-0000000000b1',
    complaintIds: [],
  },
  content: {
    kk: 'Құжаттар тізбесінен мекенжай анықтамасын алып тастау: мәліметтер мемлекеттік дерекқорда бар',
    ru: 'Исключить адресную справку из перечня документов: сведения есть в государственной базе данных',
  },
  issuedAt: '2026-09-01T05:00:00.000Z',
  status: 'accepted',
  reasons: null,
  versionId: exampleIds.amendment,
  answeredAt: '2026-09-10T05:00:00.000Z',
};
