import { CalendarError, CalendarErrorCode } from './calendar.errors';
import {
  formatLocalDate,
  isLocalDate,
  toEpochDay,
  yearOf,
  assertSupportedYear,
  type LocalDate,
} from './local-date';

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;

/**
 * Kazakhstan moved to one time zone, UTC+5, at 00:00 on 1 March 2024 (the Government's resolution "On the
 * procedure for calculating time", as amended on 19 January 2024); Asia/Almaty was UTC+6 before. The instant
 * of the change is 2024-03-01T00:00+06:00.
 */
const UTC5_FROM_MS = Date.UTC(2024, 1, 29, 18);
const UTC5_FROM_DATE: LocalDate = '2024-03-01';

export function offsetMinutesAt(instantMs: number): number {
  return instantMs < UTC5_FROM_MS ? 360 : 300;
}

function offsetMinutesOfDay(date: LocalDate): number {
  return date < UTC5_FROM_DATE ? 360 : 300;
}

const INSTANT_PATTERN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/** An ISO 8601 instant with an explicit zone; a bare local time is ambiguous and refused. */
export function parseInstant(value: Date | string, field = 'start'): Date {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) throw new CalendarError(CalendarErrorCode.InstantInvalid, { field });
    assertSupportedYear(yearOf(localDateOf(value)), field);
    return value;
  }
  const parsed = INSTANT_PATTERN.test(value) ? new Date(value) : undefined;
  // `new Date` silently rolls 2026-02-30 over to March; the written day must exist.
  if (!parsed || Number.isNaN(parsed.getTime()) || !isLocalDate(value.slice(0, 10))) {
    throw new CalendarError(CalendarErrorCode.InstantInvalid, { field, value });
  }
  assertSupportedYear(yearOf(localDateOf(parsed)), field);
  return parsed;
}

/** The day in Kazakhstan on which an instant falls. */
export function localDateOf(instant: Date): LocalDate {
  const local = new Date(instant.getTime() + offsetMinutesAt(instant.getTime()) * MINUTE_MS);
  return formatLocalDate({
    year: local.getUTCFullYear(),
    month: local.getUTCMonth() + 1,
    day: local.getUTCDate(),
  });
}

/** 00:00 of a day in Kazakhstan. */
export function startOfLocalDay(date: LocalDate): Date {
  return new Date(toEpochDay(date) * DAY_MS - offsetMinutesOfDay(date) * MINUTE_MS);
}

/** The last millisecond of a day in Kazakhstan: a term "ends at 24:00 of its last day" (Civil Code, ch. 6). */
export function endOfLocalDay(date: LocalDate): Date {
  const nextDay = toEpochDay(date) + 1;
  const nextDate = new Date(nextDay * DAY_MS).toISOString().slice(0, 10);
  return new Date(nextDay * DAY_MS - offsetMinutesOfDay(nextDate) * MINUTE_MS - 1);
}

/** An instant written in Kazakhstan's time with its offset, e.g. `2026-03-25T23:59:59.999+05:00`. */
export function formatAlmaty(instant: Date): string {
  const offset = offsetMinutesAt(instant.getTime());
  const local = new Date(instant.getTime() + offset * MINUTE_MS).toISOString().slice(0, 23);
  const hours = String(Math.floor(offset / 60)).padStart(2, '0');
  const minutes = String(offset % 60).padStart(2, '0');
  return `${local}+${hours}:${minutes}`;
}
