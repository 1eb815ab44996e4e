import { Module } from '@nestjs/common';
import { InformationModule } from '../information/information.module';
import { ReadModelModule } from '../read-model/read-model.module';
import { StandardsModule } from '../standards/standards.module';
import { ApprovingActController } from './approving-act.controller';
import { ApprovingActService } from './approving-act.service';
import { RegistrationController } from './registration.controller';
import { RegistrationService } from './registration.service';

@Module({
  imports: [StandardsModule, ReadModelModule, InformationModule],
  controllers: [ApprovingActController, RegistrationController],
  providers: [ApprovingActService, RegistrationService],
})
export class RegistrationModule {}
