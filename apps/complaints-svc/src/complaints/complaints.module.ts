import { Module } from '@nestjs/common';
import { ComplaintViews } from './complaint-view';
import { ComplaintsController } from './complaints.controller';
import { FilingService } from './filing.service';
import { RecordsService } from './records.service';
import { ComplaintRegistration } from './registration';
import { RequirementsService } from './requirements.service';
import { ReviewService } from './review.service';

@Module({
  controllers: [ComplaintsController],
  providers: [
    ComplaintRegistration,
    ComplaintViews,
    FilingService,
    ReviewService,
    RecordsService,
    RequirementsService,
  ],
  // The demo seed (src/demo/) files and reviews its complaints through the same services a request uses.
  exports: [ComplaintRegistration, FilingService, ReviewService, RecordsService, RequirementsService],
})
export class ComplaintsModule {}
