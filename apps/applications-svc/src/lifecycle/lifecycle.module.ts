import { Module } from '@nestjs/common';
import { LifecycleController } from './lifecycle.controller';
import { LifecycleService } from './lifecycle.service';
import { ResultSignatures } from './result-signature';
import { Transitions } from './transitions';

@Module({
  controllers: [LifecycleController],
  providers: [LifecycleService, Transitions, ResultSignatures],
  exports: [LifecycleService, Transitions],
})
export class LifecycleModule {}
