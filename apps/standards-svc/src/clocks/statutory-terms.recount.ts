import { Injectable } from '@nestjs/common';
import type { WorkingCalendar } from '@kzps/calendar';
import type { OpenTermsRecount } from '@kzps/calendar-store';
import type { EntityManager } from 'typeorm';
import { KazakhstanTermCalendar } from './kazakhstan-term-calendar';
import { TermsService } from './terms.service';

/**
 * Counts every open statutory term again when the registry's calendar changes, in the transaction that
 * applies the change to this service's copy (CalendarStoreModule's `recountWith`), on the new calendar.
 */
@Injectable()
export class StatutoryTermsRecount implements OpenTermsRecount {
  constructor(private readonly terms: TermsService) {}

  recountOpen(manager: EntityManager, calendar: WorkingCalendar): Promise<number> {
    return this.terms.recountOpen(manager, new KazakhstanTermCalendar(() => calendar));
  }
}
