import { Injectable, Logger } from '@nestjs/common';
import type { WorkingCalendar } from '@kzps/calendar';
import { CalendarCopy } from '@kzps/calendar-store';
import { RegistryEventTypes, type CalendarChangedV1, type EventEnvelope } from '@kzps/contracts';
import { OnEvent } from '@kzps/messaging';
import { In, type EntityManager } from 'typeorm';
import { Application } from '../applications/application.entity';
import { ApplicationTerms } from './application-terms';

/**
 * Applies the registry's calendar changes to this service's copy and counts every open application's term
 * again from its acceptance, on its pinned term and its channel's rule (Art. 14.1, 5.5.5), in the inbox
 * transaction (docs/architecture.md D11): a day off decreed after acceptance moves the due date and the PSC
 * handover deadline, once per change whichever replica consumes it. An overdue or late handover already
 * raised stays raised: the event was a fact on the calendar of its day.
 */
@Injectable()
export class CalendarEventsConsumer {
  private readonly logger = new Logger(CalendarEventsConsumer.name);

  constructor(
    private readonly copy: CalendarCopy,
    private readonly terms: ApplicationTerms,
  ) {}

  @OnEvent(RegistryEventTypes.calendarChanged)
  async onCalendarChanged(event: EventEnvelope<CalendarChangedV1>, manager: EntityManager): Promise<void> {
    const calendar = await this.copy.apply(event.data, manager);
    if (!calendar) return;
    const moved = await this.recountOpenTerms(manager, calendar);
    this.logger.log(`calendar revision ${event.data.revision} applied; ${moved} open term(s) moved`);
  }

  private async recountOpenTerms(manager: EntityManager, calendar: WorkingCalendar): Promise<number> {
    const open = await manager.find(Application, {
      where: { status: In(['accepted', 'in_work']) },
      select: { id: true, acceptedAt: true, term: true, channel: true, dueAt: true, handoverDueAt: true },
      lock: { mode: 'pessimistic_write' },
    });
    let moved = 0;
    for (const application of open) {
      const term = this.terms.termOf(application.acceptedAt, application.term, application.channel, calendar);
      if (
        term.dueAt.getTime() === application.dueAt.getTime() &&
        term.handoverDueAt?.getTime() === application.handoverDueAt?.getTime()
      ) {
        continue;
      }
      await manager.update(
        Application,
        { id: application.id },
        { dueDate: term.dueDate, dueAt: term.dueAt, handoverDueAt: term.handoverDueAt },
      );
      moved += 1;
    }
    return moved;
  }
}
