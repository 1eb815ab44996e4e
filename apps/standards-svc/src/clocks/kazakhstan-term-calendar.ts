import { Injectable } from '@nestjs/common';
import { TermCalendar, type TermEnd } from './term-calendar';

/**
 * SEAM(@kzps/calendar): delegates every term to the shared Kazakhstan calendar library. Until libs/calendar
 * exports its API this refuses to count, rather than guess with Date arithmetic.
 */
@Injectable()
export class KazakhstanTermCalendar extends TermCalendar {
  calendarDaysAfter(_start: Date, _days: number): TermEnd {
    return this.notWired();
  }

  workingDaysAfter(_start: Date, _days: number): TermEnd {
    return this.notWired();
  }

  monthsAfter(_start: Date, _months: number): TermEnd {
    return this.notWired();
  }

  localDate(_instant: Date): string {
    return this.notWired();
  }

  startOfDay(_date: string): Date {
    return this.notWired();
  }

  private notWired(): never {
    throw new Error('@kzps/calendar is not wired yet: statutory terms cannot be computed');
  }
}
