import { Module } from '@nestjs/common';
import { InformationModule } from '../information/information.module';
import { ReadModelModule } from '../read-model/read-model.module';
import { StandardsModule } from '../standards/standards.module';
import { ApprovingActController } from './approving-act.controller';
import { ApprovingActService } from './approving-act.service';
import { EntryIntoForce } from './entry-into-force';
import { EntryIntoForceWatcher } from './entry-into-force.watcher';
import { PublicationController } from './publication.controller';
import { PublicationService } from './publication.service';
import { RegistrationController } from './registration.controller';
import { RegistrationService } from './registration.service';

@Module({
  imports: [StandardsModule, ReadModelModule, InformationModule],
  controllers: [ApprovingActController, RegistrationController, PublicationController],
  providers: [
    ApprovingActService,
    RegistrationService,
    EntryIntoForce,
    PublicationService,
    EntryIntoForceWatcher,
  ],
  exports: [EntryIntoForceWatcher],
})
export class RegistrationModule {}
