import type { SkippedDay, WorkingCalendar } from '@kzps/calendar';

/** Where a statutory term ends, and how the calendar library got there. */
export interface TermEnd {
  /** The last day of the term in Asia/Almaty. */
  dueDate: string;
  /** The instant that day ends. */
  dueAt: Date;
  /** The days that did not count or over which the end was moved, each with its reason (kk/ru). */
  skipped: SkippedDay[];
  /** A year the term touches has no final calendar yet (see @kzps/calendar). */
  provisional: boolean;
}

/**
 * Term arithmetic for this service. Every term comes from the shared calendar library (Kazakhstan's
 * working days, holidays and transfers, Asia/Almaty); the service itself never adds days to a Date.
 */
export abstract class TermCalendar {
  /** Art. 9.5: a term in calendar days. */
  abstract calendarDaysAfter(start: Date, days: number): TermEnd;
  /** Art. 17.2: a term in working days. */
  abstract workingDaysAfter(start: Date, days: number): TermEnd;
  /** Art. 7.1, 10.1: a term in months. */
  abstract monthsAfter(start: Date, months: number): TermEnd;
  /** The calendar day (Asia/Almaty) an instant falls on, e.g. for a registration date. */
  abstract localDate(instant: Date): string;
  /** The instant a calendar day (Asia/Almaty) starts. */
  abstract startOfDay(date: string): Date;
  /** The working-day calendar itself, for rules that look at every day (a reglament's worst case). */
  abstract workingCalendar(): WorkingCalendar;
}
