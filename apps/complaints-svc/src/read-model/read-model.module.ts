import { Global, Module } from '@nestjs/common';
import { ApplicationsEventsConsumer } from './applications-events.consumer';
import { ReadModelService } from './read-model.service';
import { RegistryEventsConsumer } from './registry-events.consumer';

@Global()
@Module({
  providers: [RegistryEventsConsumer, ApplicationsEventsConsumer, ReadModelService],
  exports: [ReadModelService],
})
export class ReadModelModule {}
