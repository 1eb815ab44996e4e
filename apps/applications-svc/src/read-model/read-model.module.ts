import { Module } from '@nestjs/common';
import { RegistryEventsConsumer } from './registry-events.consumer';
import { StandardsEventsConsumer } from './standards-events.consumer';

/** The registry's and standards-svc's events, kept as local copies (no synchronous calls to either). */
@Module({ providers: [RegistryEventsConsumer, StandardsEventsConsumer] })
export class ReadModelModule {}
