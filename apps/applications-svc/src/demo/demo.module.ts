import { Module } from '@nestjs/common';
import { IntakeModule } from '../intake/intake.module';
import { LifecycleModule } from '../lifecycle/lifecycle.module';
import { DemoSeeder } from './demo-seeder';

@Module({ imports: [IntakeModule, LifecycleModule], providers: [DemoSeeder], exports: [DemoSeeder] })
export class DemoModule {}
