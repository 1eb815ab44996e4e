import { Module } from '@nestjs/common';
import { ReadModelModule } from '../read-model/read-model.module';
import { StandardsModule } from '../standards/standards.module';
import { AgreementController } from './agreement.controller';
import { AgreementService } from './agreement.service';

@Module({
  imports: [StandardsModule, ReadModelModule],
  controllers: [AgreementController],
  providers: [AgreementService],
  exports: [AgreementService],
})
export class AgreementModule {}
