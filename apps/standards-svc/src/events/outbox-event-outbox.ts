import { Injectable } from '@nestjs/common';
import { OutboxWriter } from '@kzps/messaging';
import { currentRequestId } from '@kzps/platform';
import type { EntityManager } from 'typeorm';
import { EventOutbox, type OutgoingEvent } from './event-outbox';
import { standardsEvents, type StandardsEventPayloads, type StandardsEventType } from '@kzps/contracts';

export const SERVICE_NAME = 'standards-svc';

/** The shared messaging outbox, with this context's event definitions (validated before they are written). */
@Injectable()
export class MessagingEventOutbox extends EventOutbox {
  private readonly writer = new OutboxWriter<StandardsEventPayloads>({
    serviceName: SERVICE_NAME,
    catalog: standardsEvents,
    context: () => ({ requestId: currentRequestId() }),
  });

  async append<T extends StandardsEventType>(manager: EntityManager, event: OutgoingEvent<T>): Promise<void> {
    await this.writer.append(manager, { type: event.type, subject: event.subject, data: event.data });
  }
}
