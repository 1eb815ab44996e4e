import { Injectable } from '@nestjs/common';
import { RegistryEventTypes, type CalendarChangedV1, type EventEnvelope } from '@kzps/contracts';
import { OnEvent } from '@kzps/messaging';
import type { EntityManager } from 'typeorm';
import { CalendarCopy } from './calendar-copy';

/**
 * Keeps a service's copy of the calendar from the registry's events, for a service with no open terms of
 * its own to recount (one that has them handles the event itself, recounting in the same transaction).
 */
@Injectable()
export class CalendarCopyConsumer {
  constructor(private readonly copy: CalendarCopy) {}

  @OnEvent(RegistryEventTypes.calendarChanged)
  async onCalendarChanged(event: EventEnvelope<CalendarChangedV1>, manager: EntityManager): Promise<void> {
    await this.copy.apply(event.data, manager);
  }
}
