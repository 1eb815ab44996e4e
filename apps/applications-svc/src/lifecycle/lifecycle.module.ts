import { Module } from '@nestjs/common';
import { LifecycleController } from './lifecycle.controller';
import { LifecycleService } from './lifecycle.service';
import { Transitions } from './transitions';

@Module({
  controllers: [LifecycleController],
  providers: [LifecycleService, Transitions],
  exports: [LifecycleService, Transitions],
})
export class LifecycleModule {}
