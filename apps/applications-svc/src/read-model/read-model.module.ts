import { Global, Module } from '@nestjs/common';
import { ReadModelService } from './read-model.service';
import { RegistryEventsConsumer } from './registry-events.consumer';
import { StandardsEventsConsumer } from './standards-events.consumer';

/** The registry's and standards-svc's events, kept as local copies (no synchronous calls to either). */
@Global()
@Module({
  providers: [RegistryEventsConsumer, StandardsEventsConsumer, ReadModelService],
  exports: [ReadModelService, StandardsEventsConsumer],
})
export class ReadModelModule {}
