import { Module } from '@nestjs/common';
import { InspectionsController } from './inspections.controller';
import { InspectionsService } from './inspections.service';
import { OverdueOrdersWatcher } from './overdue-orders.watcher';
import { PublishedInspectionsController } from './published-inspections.controller';

/** External control of quality (Art. 22.1, 22.3): inspections, findings, orders, published results. */
@Module({
  // The public reads first, so `published` is never taken for an inspection's id.
  controllers: [PublishedInspectionsController, InspectionsController],
  providers: [InspectionsService, OverdueOrdersWatcher],
})
export class InspectionsModule {}
