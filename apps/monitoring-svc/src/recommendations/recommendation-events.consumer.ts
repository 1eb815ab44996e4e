import { Injectable } from '@nestjs/common';
import {
  ComplaintsEventTypes,
  StandardsEventTypes,
  type ComplaintDecidedV1,
  type EventEnvelope,
  type RecommendationAnsweredV1,
} from '@kzps/contracts';
import { OnEvent } from '@kzps/messaging';
import type { EntityManager } from 'typeorm';

/**
 * What the recommendations register learns from the other services, in the inbox transaction: the owner's
 * answer from standards-svc, and the complaints decided (which a complaint-review recommendation rests on).
 */
@Injectable()
export class RecommendationEventsConsumer {
  /**
   * The answer, and later the amendment or cancellation citing an accepted recommendation (the same event
   * again with its `versionId`). An older answer never overwrites a newer one; a citation is never lost.
   */
  @OnEvent(StandardsEventTypes.recommendationAnswered)
  async onAnswered(event: EventEnvelope<RecommendationAnsweredV1>, manager: EntityManager): Promise<void> {
    const p = event.data;
    await manager.query(
      `UPDATE recommendation
       SET status = $2, standard_id = $3, owner_organization_id = $4, reasons = $5,
           version_id = coalesce($6, version_id), answered_at = $7
       WHERE id = $1 AND (answered_at IS NULL OR answered_at <= $7)`,
      [
        p.recommendationId,
        p.response,
        p.standardId,
        p.ownerOrganizationId,
        p.reasons ? JSON.stringify(p.reasons) : null,
        p.versionId,
        p.answeredAt,
      ],
    );
  }

  @OnEvent(ComplaintsEventTypes.decided)
  async onComplaintDecided(event: EventEnvelope<ComplaintDecidedV1>, manager: EntityManager): Promise<void> {
    const p = event.data;
    await manager.query(
      `INSERT INTO decided_complaint (complaint_id, service_id, owner_id, outcome, decided_at)
       VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (complaint_id) DO UPDATE SET outcome = EXCLUDED.outcome, decided_at = EXCLUDED.decided_at
       WHERE decided_complaint.decided_at <= EXCLUDED.decided_at`,
      [p.complaintId, p.serviceId, p.ownerOrganizationId, p.outcome, p.decidedAt],
    );
  }
}
