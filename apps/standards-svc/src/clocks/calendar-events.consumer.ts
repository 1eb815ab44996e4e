import { Injectable, Logger } from '@nestjs/common';
import { CalendarCopy } from '@kzps/calendar-store';
import { RegistryEventTypes, type CalendarChangedV1, type EventEnvelope } from '@kzps/contracts';
import { OnEvent } from '@kzps/messaging';
import type { EntityManager } from 'typeorm';
import { KazakhstanTermCalendar } from './kazakhstan-term-calendar';
import { TermsService } from './terms.service';

/**
 * Applies the registry's calendar changes to this service's copy and counts every open statutory term again
 * with the new calendar, in the inbox transaction: the recount happens once per change, whichever replica
 * consumes it. The other replicas pick the new calendar up from the database (CalendarStore polls).
 */
@Injectable()
export class CalendarEventsConsumer {
  private readonly logger = new Logger(CalendarEventsConsumer.name);

  constructor(
    private readonly copy: CalendarCopy,
    private readonly terms: TermsService,
  ) {}

  @OnEvent(RegistryEventTypes.calendarChanged)
  async onCalendarChanged(event: EventEnvelope<CalendarChangedV1>, manager: EntityManager): Promise<void> {
    const calendar = await this.copy.apply(event.data, manager);
    if (!calendar) return;
    const recounted = await this.terms.recountOpen(manager, new KazakhstanTermCalendar(() => calendar));
    this.logger.log(`calendar revision ${event.data.revision} applied; ${recounted} open term(s) moved`);
  }
}
