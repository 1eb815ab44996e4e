import { Global, Module } from '@nestjs/common';
import { RegistryCopyModule } from '@kzps/registry-copy';
import { ApplicationsEventsConsumer } from './applications-events.consumer';
import { ReadModelService } from './read-model.service';

@Global()
@Module({
  // The copies a complaint's chain is derived from. An excluded service is still complained about: what
  // was delivered under it stays appealable, so the copy keeps no standing and the last known entry stays.
  imports: [RegistryCopyModule.forRoot({ organizations: ['regionKato'], services: {} })],
  providers: [ApplicationsEventsConsumer, ReadModelService],
  exports: [ReadModelService],
})
export class ReadModelModule {}
