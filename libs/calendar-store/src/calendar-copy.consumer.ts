import { Inject, Injectable, Logger, type Type } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import type { WorkingCalendar } from '@kzps/calendar';
import { RegistryEventTypes, type CalendarChangedV1, type EventEnvelope } from '@kzps/contracts';
import { OnEvent } from '@kzps/messaging';
import type { EntityManager } from 'typeorm';
import { CalendarCopy } from './calendar-copy';

/**
 * A service's open terms, counted again on a changed calendar (docs/architecture.md D11): a day off decreed
 * after a term started moves its end. Met and missed terms stay as they were decided.
 */
export interface OpenTermsRecount {
  /** Counts every open term again with `calendar` in the event's transaction; how many moved. */
  recountOpen(manager: EntityManager, calendar: WorkingCalendar): Promise<number>;
}

export const CALENDAR_RECOUNT = Symbol('CALENDAR_RECOUNT');

/**
 * Keeps a service's copy of the calendar from the registry's events and, for a service with open terms,
 * counts them again in the same inbox transaction: once per change, whichever replica consumes it. The
 * other replicas pick the new calendar up from the database (CalendarStore polls).
 */
@Injectable()
export class CalendarCopyConsumer {
  private readonly logger = new Logger(CalendarCopyConsumer.name);
  private recount?: OpenTermsRecount;

  constructor(
    private readonly copy: CalendarCopy,
    @Inject(CALENDAR_RECOUNT) private readonly recountType: Type<OpenTermsRecount> | null,
    private readonly modules: ModuleRef,
  ) {}

  @OnEvent(RegistryEventTypes.calendarChanged)
  async onCalendarChanged(event: EventEnvelope<CalendarChangedV1>, manager: EntityManager): Promise<void> {
    const calendar = await this.copy.apply(event.data, manager);
    if (!calendar || !this.recountType) return;
    // The service's own provider, from whichever of its modules declares it.
    this.recount ??= this.modules.get(this.recountType, { strict: false });
    const moved = await this.recount.recountOpen(manager, calendar);
    this.logger.log(`calendar revision ${event.data.revision} applied; ${moved} open term(s) moved`);
  }
}
