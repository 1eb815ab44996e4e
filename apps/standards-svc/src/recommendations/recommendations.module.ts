import { Module } from '@nestjs/common';
import { RecommendationEventsConsumer } from './recommendation-events.consumer';
import { RecommendationLedger } from './recommendation-ledger';
import { RecommendationsController } from './recommendations.controller';

/** Art. 7.5: recommendations on standards, their answers, and the ledger a change cites them through. */
@Module({
  controllers: [RecommendationsController],
  providers: [RecommendationLedger, RecommendationEventsConsumer],
  exports: [RecommendationLedger],
})
export class RecommendationsModule {}
