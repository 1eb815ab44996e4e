import { Global, Module } from '@nestjs/common';
import { RegistryCopyModule } from '@kzps/registry-copy';
import { ReadModelService } from './read-model.service';
import { StandardsEventsConsumer } from './standards-events.consumer';

/** The registry's and standards-svc's events, kept as local copies (no synchronous calls to either). */
@Global()
@Module({
  // An excluded service takes no new applications (status); the accepted ones run to their end.
  imports: [
    RegistryCopyModule.forRoot({
      organizations: ['bin', 'registryKind', 'regionKato'],
      services: { paid: true, status: true },
    }),
  ],
  providers: [StandardsEventsConsumer, ReadModelService],
  exports: [ReadModelService, StandardsEventsConsumer],
})
export class ReadModelModule {}
