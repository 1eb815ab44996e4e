import { Global, Module } from '@nestjs/common';
import { ApplicationEvents } from './application-events';

@Global()
@Module({ providers: [ApplicationEvents], exports: [ApplicationEvents] })
export class EventsModule {}
