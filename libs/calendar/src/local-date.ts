import { CalendarError, CalendarErrorCode } from './calendar.errors';

/** A calendar day in Kazakhstan, `YYYY-MM-DD`. Days are compared as strings and counted as epoch days. */
export type LocalDate = string;

const DAY_MS = 86_400_000;
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The years the library answers for: the time-zone rules it knows and a sane bound on terms. */
export const SUPPORTED_YEARS = { from: 2005, to: 2099 } as const;

export interface DateParts {
  year: number;
  month: number;
  day: number;
}

export function isLocalDate(text: string): boolean {
  const match = DATE_PATTERN.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** Parses and range-checks a date; every public operation goes through here, so bad input never computes. */
export function parseLocalDate(text: string, field = 'date'): DateParts {
  const match = DATE_PATTERN.exec(text);
  if (!match || !isLocalDate(text))
    throw new CalendarError(CalendarErrorCode.DateInvalid, { field, value: text });
  const parts = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  assertSupportedYear(parts.year, field);
  return parts;
}

export function assertSupportedYear(year: number, field = 'year'): void {
  if (!Number.isInteger(year) || year < SUPPORTED_YEARS.from || year > SUPPORTED_YEARS.to) {
    throw new CalendarError(CalendarErrorCode.OutOfRange, { field, value: String(year) });
  }
}

export function formatLocalDate({ year, month, day }: DateParts): LocalDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Days since 1970-01-01: day arithmetic on integers, free of time zones. */
export function toEpochDay(date: LocalDate): number {
  const { year, month, day } = parseLocalDate(date);
  return Date.UTC(year, month - 1, day) / DAY_MS;
}

export function fromEpochDay(epochDay: number): LocalDate {
  const d = new Date(epochDay * DAY_MS);
  return formatLocalDate({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() });
}

/** Calendar days from `from` to `to` (0 for the same day, negative when `to` is earlier). */
export function calendarDaysBetween(from: LocalDate, to: LocalDate): number {
  return toEpochDay(to) - toEpochDay(from);
}

export function addDays(date: LocalDate, days: number): LocalDate {
  const result = fromEpochDay(toEpochDay(date) + days);
  parseLocalDate(result, 'result');
  return result;
}

/**
 * Civil Code, ch. 6 "Calculation of terms": a term in months ends on the same day of the last month; when that month has no such
 * day (31 January + 1 month), on its last day.
 */
export function addMonths(date: LocalDate, months: number): LocalDate {
  const { year, month, day } = parseLocalDate(date);
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = (index % 12) + 1;
  assertSupportedYear(targetYear, 'result');
  return formatLocalDate({
    year: targetYear,
    month: targetMonth,
    day: Math.min(day, daysInMonth(targetYear, targetMonth)),
  });
}

/** 0 = Sunday ... 6 = Saturday, like Date#getUTCDay. */
export function weekdayOf(date: LocalDate): number {
  return (((toEpochDay(date) + 4) % 7) + 7) % 7;
}

export function yearOf(date: LocalDate): number {
  return Number(date.slice(0, 4));
}

/** Every date from `from` to `to`, both included. */
export function* datesBetween(from: LocalDate, to: LocalDate): Generator<LocalDate> {
  const end = toEpochDay(to);
  for (let day = toEpochDay(from); day <= end; day += 1) yield fromEpochDay(day);
}
