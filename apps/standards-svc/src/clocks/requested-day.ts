import { CalendarError } from '@kzps/calendar';
import { calendarProblem } from '@kzps/calendar-store';
import type { TermCalendar } from './term-calendar';

/**
 * The start (Asia/Almaty) of a day a request gave. A day the calendar does not count (before 2005, say)
 * is the caller's mistake: a 400 problem naming the request's field, never a 500.
 */
export function requestedDayStart(calendar: TermCalendar, date: string, field: string): Date {
  try {
    return calendar.startOfDay(date);
  } catch (error) {
    if (error instanceof CalendarError) throw calendarProblem(error, field);
    throw error;
  }
}
