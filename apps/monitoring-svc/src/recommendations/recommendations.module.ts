import { Module } from '@nestjs/common';
import { RecommendationEventsConsumer } from './recommendation-events.consumer';
import { RecommendationsController } from './recommendations.controller';
import { RecommendationsService } from './recommendations.service';

@Module({
  controllers: [RecommendationsController],
  providers: [RecommendationsService, RecommendationEventsConsumer],
})
export class RecommendationsModule {}
