import { Module } from '@nestjs/common';
import { RecommendationsModule } from '../recommendations/recommendations.module';
import { StandardsController } from './standards.controller';
import { ServiceExclusion } from './service-exclusion';
import { StandardsService } from './standards.service';

@Module({
  imports: [RecommendationsModule],
  controllers: [StandardsController],
  providers: [StandardsService, ServiceExclusion],
  exports: [StandardsService, ServiceExclusion],
})
export class StandardsModule {}
