import { Injectable } from '@nestjs/common';
import type { WorkingCalendar } from '@kzps/calendar';
import type { OpenTermsRecount } from '@kzps/calendar-store';
import { In, type EntityManager } from 'typeorm';
import { Application } from '../applications/application.entity';
import { ApplicationTerms } from './application-terms';

/**
 * Counts every open application's term again from its acceptance when the registry's calendar changes, on
 * its pinned term and its channel's rule (Art. 14.1, 5.5.5), in the inbox transaction (docs/architecture.md
 * D11): a day off decreed after acceptance moves the due date and the PSC handover deadline, once per change
 * whichever replica consumes it. An overdue or late handover already raised stays raised: the event was a
 * fact on the calendar of its day.
 */
@Injectable()
export class OpenApplicationsRecount implements OpenTermsRecount {
  constructor(private readonly terms: ApplicationTerms) {}

  async recountOpen(manager: EntityManager, calendar: WorkingCalendar): Promise<number> {
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
