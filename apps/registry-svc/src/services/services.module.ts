import { Module } from '@nestjs/common';
import { RegistryEntriesController } from './registry-entries.controller';
import { RegistryEntriesService } from './registry-entries.service';
import { RegistrySearchService } from './search/registry-search.service';

@Module({
  controllers: [RegistryEntriesController],
  providers: [RegistryEntriesService, RegistrySearchService],
  exports: [RegistryEntriesService, RegistrySearchService],
})
export class ServicesModule {}
