import { Module } from '@nestjs/common';
import { OwnerCorrections } from './owner-corrections';
import { OwnerCorrectionsController } from './owner-corrections.controller';
import { RegistryEntriesController } from './registry-entries.controller';
import { RegistryEntriesService } from './registry-entries.service';
import { ScheduledVersions } from './scheduled-versions';
import { ScheduledVersionsWatcher } from './scheduled-versions.watcher';
import { RegistrySearchService } from './search/registry-search.service';

@Module({
  controllers: [RegistryEntriesController, OwnerCorrectionsController],
  providers: [
    OwnerCorrections,
    RegistryEntriesService,
    RegistrySearchService,
    ScheduledVersions,
    ScheduledVersionsWatcher,
  ],
  exports: [RegistryEntriesService, RegistrySearchService],
})
export class ServicesModule {}
