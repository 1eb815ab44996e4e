import type { RecommendationAction, RecommendationIssuedV1, RecommendationResponse } from '@kzps/contracts';
import type { Bilingual } from '@kzps/platform';

export type RecommendationStatus = 'pending' | RecommendationResponse;

/** A recommendation as the standard shows it (Art. 7.5), with the owner's answer once given. */
export interface StandardRecommendationView {
  id: string;
  number: string;
  action: RecommendationAction;
  source: RecommendationIssuedV1['source'];
  content: Bilingual;
  issuedAt: string;
  status: RecommendationStatus;
  reasons: Bilingual | null;
  /** The amendment or cancellation citing it. */
  versionId: string | null;
  answeredAt: string | null;
}

export interface StandardRecommendationRow {
  id: string;
  number: string;
  service_id: string;
  action: RecommendationAction;
  source: RecommendationIssuedV1['source'];
  content: Bilingual;
  issued_at: Date;
  status: RecommendationStatus;
  reasons: Bilingual | null;
  version_id: string | null;
  answered_at: Date | null;
}

export function toRecommendationView(row: StandardRecommendationRow): StandardRecommendationView {
  return {
    id: row.id,
    number: row.number,
    action: row.action,
    source: row.source,
    content: row.content,
    issuedAt: row.issued_at.toISOString(),
    status: row.status,
    reasons: row.reasons,
    versionId: row.version_id,
    answeredAt: row.answered_at?.toISOString() ?? null,
  };
}
