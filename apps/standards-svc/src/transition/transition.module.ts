import { Module } from '@nestjs/common';
import { ReadModelModule } from '../read-model/read-model.module';
import { TransitionController } from './transition.controller';
import { TransitionService } from './transition.service';

/** Art. 25: loading the standards and reglaments in force when this service starts. */
@Module({
  imports: [ReadModelModule],
  controllers: [TransitionController],
  providers: [TransitionService],
  exports: [TransitionService],
})
export class TransitionModule {}
