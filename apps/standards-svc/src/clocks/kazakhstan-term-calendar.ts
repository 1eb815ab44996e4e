import { localDateOf, startOfLocalDay, type TermUnit, type WorkingCalendar } from '@kzps/calendar';
import { TermCalendar, type TermEnd } from './term-calendar';

/**
 * Statutory terms on Kazakhstan's working-day calendar (@kzps/calendar). The calendar is read at each
 * computation, so an amendment the registry published applies from the next term on.
 */
export class KazakhstanTermCalendar extends TermCalendar {
  constructor(private readonly calendar: () => WorkingCalendar) {
    super();
  }

  calendarDaysAfter(start: Date, days: number): TermEnd {
    return this.term(start, days, 'calendar_days');
  }

  workingDaysAfter(start: Date, days: number): TermEnd {
    return this.term(start, days, 'working_days');
  }

  monthsAfter(start: Date, months: number): TermEnd {
    return this.term(start, months, 'months');
  }

  localDate(instant: Date): string {
    return localDateOf(instant);
  }

  startOfDay(date: string): Date {
    return startOfLocalDay(date);
  }

  workingCalendar(): WorkingCalendar {
    return this.calendar();
  }

  private term(start: Date, amount: number, unit: TermUnit): TermEnd {
    const { dueDate, dueAt, skipped, provisional } = this.calendar().term({ start, amount, unit });
    return { dueDate, dueAt, skipped, provisional };
  }
}
