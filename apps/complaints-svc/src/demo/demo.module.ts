import { Module } from '@nestjs/common';
import { ComplaintsModule } from '../complaints/complaints.module';
import { DemoComplaintsSeeder } from './demo-seeder';

@Module({ imports: [ComplaintsModule], providers: [DemoComplaintsSeeder], exports: [DemoComplaintsSeeder] })
export class DemoModule {}
