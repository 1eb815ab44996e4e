import { Module } from '@nestjs/common';
import { StandardsModule } from '../standards/standards.module';
import { InformationUpdateWatcher } from './information-update.watcher';
import { InformationUpdatesController } from './information-updates.controller';
import { InformationUpdatesService } from './information-updates.service';

/** Art. 17.2: each body's update of its information after a standard's adoption or change. */
@Module({
  imports: [StandardsModule],
  controllers: [InformationUpdatesController],
  providers: [InformationUpdatesService, InformationUpdateWatcher],
  exports: [InformationUpdatesService, InformationUpdateWatcher],
})
export class InformationModule {}
