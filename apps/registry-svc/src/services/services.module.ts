import { Module } from '@nestjs/common';
import { RegistryEntriesController } from './registry-entries.controller';
import { RegistryEntriesService } from './registry-entries.service';
import { ScheduledVersions } from './scheduled-versions';
import { ScheduledVersionsWatcher } from './scheduled-versions.watcher';
import { RegistrySearchService } from './search/registry-search.service';

@Module({
  controllers: [RegistryEntriesController],
  providers: [RegistryEntriesService, RegistrySearchService, ScheduledVersions, ScheduledVersionsWatcher],
  exports: [RegistryEntriesService, RegistrySearchService],
})
export class ServicesModule {}
