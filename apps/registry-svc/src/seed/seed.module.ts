import { Module } from '@nestjs/common';
import { ClassifierModule } from '../classifier/classifier.module';
import { OrganizationsModule } from '../organizations/organizations.module';
import { ServicesModule } from '../services/services.module';
import { DemoSeeder } from './demo-seeder';

@Module({
  imports: [OrganizationsModule, ClassifierModule, ServicesModule],
  providers: [DemoSeeder],
  exports: [DemoSeeder],
})
export class SeedModule {}
