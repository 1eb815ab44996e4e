import type { RecommendationAction, RecommendationResponse, RecommendationSource } from '@kzps/contracts';
import type { Bilingual } from '@kzps/platform';
import type { RecommendationStatus } from './dto/recommendation.dto';

/** The owner's answer as standards-svc reported it (`kz.gov.standards.recommendation.answered.v1`). */
export interface RecommendationAnswerView {
  response: RecommendationResponse;
  standardId: string;
  ownerOrganizationId: string;
  reasons: Bilingual | null;
  /** The amendment or cancellation that cites the recommendation as its basis. */
  versionId: string | null;
  answeredAt: string;
}

export interface RecommendationView {
  id: string;
  number: string;
  serviceId: string;
  action: RecommendationAction;
  source: {
    kind: RecommendationSource;
    issuerOrganizationId: string;
    monitoringReportId: string | null;
    ngoOrganizationId: string | null;
    complaintIds: string[];
  };
  content: Bilingual;
  issuedAt: string;
  status: RecommendationStatus;
  answer: RecommendationAnswerView | null;
}

export interface RecommendationRow {
  id: string;
  number: string;
  service_id: string;
  action: RecommendationAction;
  source_kind: RecommendationSource;
  issuer_organization_id: string;
  monitoring_report_id: string | null;
  ngo_organization_id: string | null;
  complaint_ids: string[];
  content: Bilingual;
  issued_at: Date;
  status: RecommendationStatus;
  standard_id: string | null;
  owner_organization_id: string | null;
  reasons: Bilingual | null;
  version_id: string | null;
  answered_at: Date | null;
}

export function toRecommendationView(row: RecommendationRow): RecommendationView {
  return {
    id: row.id,
    number: row.number,
    serviceId: row.service_id,
    action: row.action,
    source: {
      kind: row.source_kind,
      issuerOrganizationId: row.issuer_organization_id,
      monitoringReportId: row.monitoring_report_id,
      ngoOrganizationId: row.ngo_organization_id,
      complaintIds: row.complaint_ids,
    },
    content: row.content,
    issuedAt: row.issued_at.toISOString(),
    status: row.status,
    answer:
      row.status === 'pending' || !row.answered_at || !row.standard_id || !row.owner_organization_id
        ? null
        : {
            response: row.status,
            standardId: row.standard_id,
            ownerOrganizationId: row.owner_organization_id,
            reasons: row.reasons,
            versionId: row.version_id,
            answeredAt: row.answered_at.toISOString(),
          },
  };
}
