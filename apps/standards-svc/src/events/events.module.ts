import { Global, Module } from '@nestjs/common';
import { EventOutbox } from './event-outbox';
import { MessagingEventOutbox } from './outbox-event-outbox';

@Global()
@Module({
  providers: [{ provide: EventOutbox, useClass: MessagingEventOutbox }],
  exports: [EventOutbox],
})
export class EventsModule {}
