import { endOfLocalDay, formatAlmaty, localDateOf, parseInstant } from './almaty-time';
import { CalendarError, type Bilingual } from './calendar.errors';
import { suspensionReason, type DayReasonKind } from './day-reasons';
import { addDays, addMonths, datesBetween, parseLocalDate, yearOf, type LocalDate } from './local-date';
import type { WorkingCalendar } from './working-calendar';

export const termUnits = ['minutes', 'hours', 'working_days', 'calendar_days', 'months'] as const;
export type TermUnit = (typeof termUnits)[number];

/** Days (both included) during which a term does not run, e.g. while a request waits for the applicant. */
export interface Suspension {
  from: LocalDate;
  to: LocalDate;
}

export interface TermRequest {
  /** The triggering event: an ISO instant with its zone, or a Date. */
  start: Date | string;
  amount: number;
  unit: TermUnit;
  /**
   * Civil Code Art. 171: a term starts the day after its triggering event. Where the law counts the day of
   * the event itself (Art. 14.1 of the Law "On public services": the day of acceptance at a PSC), pass true.
   */
  startDayCounts?: boolean;
  suspensions?: Suspension[];
}

export interface SkippedDay {
  date: LocalDate;
  kind: DayReasonKind;
  reason: Bilingual;
  source?: Bilingual;
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
  suspendedWorkingDays: number;
  /** True when a year the term touches has incomplete data (see WorkingCalendar.isProvisional). */
  provisional: boolean;
}

const MINUTE_MS = 60_000;
const MAX_AMOUNT: Record<TermUnit, number> = {
  minutes: 525_600,
  hours: 8_760,
  working_days: 1_000,
  calendar_days: 3_660,
  months: 120,
};

export function computeTerm(calendar: WorkingCalendar, request: TermRequest): TermResult {
  const unit = request.unit;
  if (!termUnits.includes(unit))
    throw new CalendarError('INVALID_UNIT', { field: 'unit', value: String(unit) });
  const { amount } = request;
  if (!Number.isInteger(amount) || amount < 1 || amount > MAX_AMOUNT[unit]) {
    throw new CalendarError('INVALID_AMOUNT', {
      field: 'amount',
      value: String(amount),
      problem: `an integer from 1 to ${MAX_AMOUNT[unit]}`,
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
      provisional: yearsOf(startDate, dueDate).some((year) => calendar.isProvisional(year)),
    };
  }

  const firstDay = request.startDayCounts ? startDate : addDays(startDate, 1);
  const skipped = new Map<LocalDate, SkippedDay>();
  const skip = (date: LocalDate): void => {
    const [reason] = calendar.day(date).reasons;
    if (reason) skipped.set(date, { date, kind: reason.kind, reason: reason.text, source: reason.source });
  };

  let dueDate: LocalDate;
  if (unit === 'working_days') {
    // The amount-th working day counting from the first day; the non-working days on the way do not count.
    dueDate = calendar.addWorkingDays(addDays(firstDay, -1), amount);
    for (const date of datesBetween(firstDay, dueDate)) if (!calendar.isWorkingDay(date)) skip(date);
  } else {
    // Counted from the event's day (Art. 172: months end on the same day of the last month), one day less
    // when that day itself counts.
    const lastDay = addDays(
      unit === 'calendar_days' ? addDays(startDate, amount) : addMonths(startDate, amount),
      request.startDayCounts ? -1 : 0,
    );
    // Civil Code Art. 173: a term ending on a non-working day ends on the next working day.
    dueDate = calendar.nextWorkingDayFrom(lastDay);
    for (const date of datesBetween(lastDay, addDays(dueDate, -1))) skip(date);
  }

  // Working days inside a suspension do not count: each pushes the end by one working day. Suspensions are
  // taken in order, so one that starts after the original end but before the pushed one still counts.
  let suspendedWorkingDays = 0;
  for (const suspension of suspensions) {
    if (suspension.from > dueDate || suspension.to < firstDay) continue;
    const from = suspension.from < firstDay ? firstDay : suspension.from;
    const suspended = [...datesBetween(from, suspension.to)].filter((date) => calendar.isWorkingDay(date));
    for (const date of suspended) {
      skipped.set(date, { date, kind: 'suspension', reason: suspensionReason().text });
    }
    const pushedFrom = dueDate;
    dueDate = calendar.addWorkingDays(dueDate, suspended.length);
    for (const date of datesBetween(addDays(pushedFrom, 1), dueDate)) {
      if (!calendar.isWorkingDay(date)) skip(date);
    }
    suspendedWorkingDays += suspended.length;
  }

  const dueAt = endOfLocalDay(dueDate);
  return {
    start: formatAlmaty(start),
    firstDay,
    dueDate,
    due: formatAlmaty(dueAt),
    dueAt,
    skipped: [...skipped.values()].sort((a, b) => a.date.localeCompare(b.date)),
    suspendedWorkingDays,
    provisional: yearsOf(startDate, dueDate).some((year) => calendar.isProvisional(year)),
  };
}

function mergeSuspensions(suspensions: Suspension[]): Suspension[] {
  for (const [index, suspension] of suspensions.entries()) {
    parseLocalDate(suspension.from, `suspensions[${index}].from`);
    parseLocalDate(suspension.to, `suspensions[${index}].to`);
    if (suspension.to < suspension.from) {
      throw new CalendarError('INVALID_SUSPENSION', { field: `suspensions[${index}]` });
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
