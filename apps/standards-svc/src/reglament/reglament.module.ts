import { Module } from '@nestjs/common';
import { ReadModelModule } from '../read-model/read-model.module';
import { StandardsModule } from '../standards/standards.module';
import { ReglamentController } from './reglament.controller';
import { ReglamentService } from './reglament.service';

@Module({
  imports: [StandardsModule, ReadModelModule],
  controllers: [ReglamentController],
  providers: [ReglamentService],
})
export class ReglamentModule {}
