import { Module } from '@nestjs/common';
import { ReadModelModule } from '../read-model/read-model.module';
import { StandardsModule } from '../standards/standards.module';
import { RegistrationController } from './registration.controller';
import { RegistrationService } from './registration.service';

@Module({
  imports: [StandardsModule, ReadModelModule],
  controllers: [RegistrationController],
  providers: [RegistrationService],
})
export class RegistrationModule {}
