import { endOfLocalDay, formatAlmaty, localDateOf, parseInstant } from './almaty-time';
import { CalendarError, CalendarErrorCode } from './calendar.errors';
import { skippedDay, suspensionReason, type SkippedDay } from './day-reasons';
import {
  addDays,
  addMonths,
  calendarDaysBetween,
  datesBetween,
  parseLocalDate,
  yearOf,
  type LocalDate,
} from './local-date';
import type { WorkingCalendar } from './working-calendar';

export const termUnits = ['minutes', 'hours', 'working_days', 'calendar_days', 'months'] as const;
export type TermUnit = (typeof termUnits)[number];

/** Days (both included) during which a term does not run, e.g. while a request waits for the applicant. */
export interface Suspension {
  from: LocalDate;
  to: LocalDate;
}

/** A suspension longer than a year is a mistake in the request, not a suspension of a public-service term. */
export const MAX_SUSPENSION_DAYS = 366;
export const MAX_SUSPENSIONS = 100;

export interface TermRequest {
  /** The triggering event: an ISO instant with its zone, or a Date. */
  start: Date | string;
  amount: number;
  unit: TermUnit;
  /**
   * Civil Code, ch. 6: a term starts the day after its triggering event. Where the law counts the day of the event
   * itself (Art. 14.1 of the Law "On public services": the day of acceptance at a PSC), pass true.
   */
  startDayCounts?: boolean;
  suspensions?: Suspension[];
}

export interface TermResult {
  /** The start, written in Kazakhstan's time. */
  start: string;
  /** The first day the term runs. */
  firstDay: LocalDate;
  /** The last day of the term. */
  dueDate: LocalDate;
  /** The end of the last day, with its offset: `2026-03-26T23:59:59.999+05:00`. */
  due: string;
  dueAt: Date;
  /** The days that did not count, or over which the end was moved, each with its reason. */
  skipped: SkippedDay[];
  /** Working days inside the suspensions that applied: a term in working days is pushed by exactly these. */
  suspendedWorkingDays: number;
  /** Every day inside the suspensions that applied: a term in calendar days or months is pushed by these. */
  suspendedDays: number;
  /** True when a year the term touches has incomplete data (see WorkingCalendar.isProvisional). */
  provisional: boolean;
}

const MINUTE_MS = 60_000;
/** The longest term counted in each unit; a longer one is refused (CALENDAR_AMOUNT_INVALID). */
export const TERM_AMOUNT_LIMITS: Readonly<Record<TermUnit, number>> = {
  minutes: 525_600,
  hours: 8_760,
  working_days: 1_000,
  calendar_days: 3_660,
  months: 120,
};

export function computeTerm(calendar: WorkingCalendar, request: TermRequest): TermResult {
  const unit = request.unit;
  if (!termUnits.includes(unit))
    throw new CalendarError(CalendarErrorCode.UnitInvalid, { field: 'unit', value: String(unit) });
  const { amount } = request;
  if (!Number.isInteger(amount) || amount < 1 || amount > TERM_AMOUNT_LIMITS[unit]) {
    throw new CalendarError(CalendarErrorCode.AmountInvalid, {
      field: 'amount',
      value: String(amount),
      problem: `an integer from 1 to ${TERM_AMOUNT_LIMITS[unit]}`,
    });
  }
  const start = parseInstant(request.start);
  const startDate = localDateOf(start);
  const suspensions = mergeSuspensions(request.suspensions ?? []);

  if (unit === 'minutes' || unit === 'hours') {
    // A term in minutes or hours is elapsed time from the event; the law's queue and waiting limits are.
    const dueAt = new Date(start.getTime() + amount * (unit === 'hours' ? 60 : 1) * MINUTE_MS);
    const dueDate = localDateOf(dueAt);
    return {
      start: formatAlmaty(start),
      firstDay: startDate,
      dueDate,
      due: formatAlmaty(dueAt),
      dueAt,
      skipped: [],
      suspendedWorkingDays: 0,
      suspendedDays: 0,
      provisional: yearsOf(startDate, dueDate).some((year) => calendar.isProvisional(year)),
    };
  }

  const firstDay = naming('start', () => (request.startDayCounts ? startDate : addDays(startDate, 1)));
  // Counting from the day before the first day gives the same end whether or not the event's day counts:
  // counting the day of an event equals an event one day earlier (31 January counted + 1 month = 28 February).
  const dayZero = naming('start', () => addDays(firstDay, -1));
  const countsWorkingDays = unit === 'working_days';
  // Civil Code, ch. 6: a term in calendar days or months ending on a non-working day ends on the next working day.
  const endOf = (last: LocalDate): LocalDate =>
    countsWorkingDays ? last : calendar.nextWorkingDayFrom(last);

  // The amount-th working day counting from the first day; or, for calendar days and months, the same date
  // as the event's in the last month (or the month's last day when it has no such date).
  let lastDay = naming('amount', () =>
    countsWorkingDays
      ? calendar.addWorkingDays(dayZero, amount)
      : unit === 'calendar_days'
        ? addDays(dayZero, amount)
        : addMonths(dayZero, amount),
  );
  let dueDate = naming('amount', () => endOf(lastDay));

  // The term does not run during a suspension. In working days each suspended working day pushes the end by
  // one working day; in calendar days and months each suspended day pushes the last day by one day, and only
  // then is the last day moved off a non-working day. Suspensions are taken in order, so one that starts
  // after the original end but before the pushed one still counts.
  const suspended: LocalDate[] = [];
  naming('suspensions', () => {
    for (const suspension of suspensions) {
      if (suspension.from > dueDate || suspension.to < firstDay) continue;
      const from = suspension.from < firstDay ? firstDay : suspension.from;
      const days = [...datesBetween(from, suspension.to)];
      if (countsWorkingDays) {
        const working = days.filter((date) => calendar.isWorkingDay(date));
        lastDay = calendar.addWorkingDays(lastDay, working.length);
        suspended.push(...working);
      } else {
        // A suspension that starts after the last day, on the days the end was moved over, leaves only that
        // move: the term ends on the first working day after the suspension.
        lastDay = from <= lastDay ? addDays(lastDay, days.length) : addDays(suspension.to, 1);
        suspended.push(...days);
      }
      dueDate = endOf(lastDay);
    }
  });

  const skipped = new Map<LocalDate, SkippedDay>();
  // Working days: every non-working day from the first day on; calendar days and months: the days the end
  // was moved over.
  const passedOver = calendar.skippedIn(countsWorkingDays ? dayZero : addDays(lastDay, -1), dueDate);
  for (const day of passedOver) skipped.set(day.date, day);
  for (const date of suspended) skipped.set(date, skippedDay(date, suspensionReason()));

  const dueAt = endOfLocalDay(dueDate);
  return {
    start: formatAlmaty(start),
    firstDay,
    dueDate,
    due: formatAlmaty(dueAt),
    dueAt,
    skipped: [...skipped.values()].sort((a, b) => a.date.localeCompare(b.date)),
    suspendedWorkingDays: suspended.filter((date) => calendar.isWorkingDay(date)).length,
    suspendedDays: suspended.length,
    provisional: yearsOf(startDate, dueDate).some((year) => calendar.isProvisional(year)),
  };
}

/** A term that would end after the calendar's last year is refused naming the request field that caused it. */
function naming<T>(field: string, compute: () => T): T {
  try {
    return compute();
  } catch (error) {
    if (error instanceof CalendarError && error.details.field === 'result') {
      throw new CalendarError(error.code, {
        field,
        problem: 'the term would end after the last year the calendar counts',
      });
    }
    throw error;
  }
}

function mergeSuspensions(suspensions: Suspension[]): Suspension[] {
  if (suspensions.length > MAX_SUSPENSIONS) {
    throw new CalendarError(CalendarErrorCode.SuspensionInvalid, {
      field: 'suspensions',
      problem: `at most ${MAX_SUSPENSIONS}`,
    });
  }
  for (const [index, suspension] of suspensions.entries()) {
    parseLocalDate(suspension.from, `suspensions[${index}].from`);
    parseLocalDate(suspension.to, `suspensions[${index}].to`);
    if (suspension.to < suspension.from) {
      throw new CalendarError(CalendarErrorCode.SuspensionInvalid, {
        field: `suspensions[${index}]`,
        problem: 'ends before it starts',
      });
    }
    if (calendarDaysBetween(suspension.from, suspension.to) >= MAX_SUSPENSION_DAYS) {
      throw new CalendarError(CalendarErrorCode.SuspensionInvalid, {
        field: `suspensions[${index}]`,
        problem: `at most ${MAX_SUSPENSION_DAYS} days`,
      });
    }
  }
  const merged: Suspension[] = [];
  for (const suspension of [...suspensions].sort((a, b) => a.from.localeCompare(b.from))) {
    const last = merged.at(-1);
    if (last && suspension.from <= addDays(last.to, 1)) {
      if (suspension.to > last.to) last.to = suspension.to;
    } else {
      merged.push({ ...suspension });
    }
  }
  return merged;
}

function yearsOf(from: LocalDate, to: LocalDate): number[] {
  const years: number[] = [];
  for (let year = yearOf(from); year <= yearOf(to); year += 1) years.push(year);
  return years;
}
