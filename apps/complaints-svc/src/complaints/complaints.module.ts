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
  exports: [ComplaintRegistration],
})
export class ComplaintsModule {}
