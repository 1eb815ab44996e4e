import { Module } from '@nestjs/common';
import { StandardsModule } from '../standards/standards.module';
import { RegistryEventsConsumer } from './registry-events.consumer';

/** The registry's events feeding the read model (and starting standards on inclusion). */
@Module({ imports: [StandardsModule], providers: [RegistryEventsConsumer] })
export class RegistryConsumerModule {}
