import { Module } from '@nestjs/common';
import { IntakeModule } from '../intake/intake.module';
import { LifecycleModule } from '../lifecycle/lifecycle.module';
import { DemoHistoryModule } from './demo-history';
import { DemoSeeder } from './demo-seeder';

@Module({
  imports: [IntakeModule, LifecycleModule, DemoHistoryModule],
  providers: [DemoSeeder],
  exports: [DemoSeeder],
})
export class DemoModule {}
