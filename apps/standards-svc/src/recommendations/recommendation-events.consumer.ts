import { Injectable } from '@nestjs/common';
import { MonitoringEventTypes, type EventEnvelope, type RecommendationIssuedV1 } from '@kzps/contracts';
import { OnEvent } from '@kzps/messaging';
import type { EntityManager } from 'typeorm';
import { RecommendationLedger } from './recommendation-ledger';

/**
 * monitoring-svc's recommendations, kept by service (one standard per service), so one issued before the
 * standard's inclusion reaches here is shown as soon as the standard exists.
 */
@Injectable()
export class RecommendationEventsConsumer {
  constructor(private readonly ledger: RecommendationLedger) {}

  @OnEvent(MonitoringEventTypes.recommendationIssued)
  async onIssued(event: EventEnvelope<RecommendationIssuedV1>, manager: EntityManager): Promise<void> {
    await this.ledger.record(manager, event.data);
  }
}
