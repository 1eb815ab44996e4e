/** Where a statutory term ends: its last day in Asia/Almaty, and the instant that day ends. */
export interface TermEnd {
  dueDate: string;
  dueAt: Date;
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
}
