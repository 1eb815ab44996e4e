import { assertAmendmentShape, datesOf, type CalendarAmendment } from './amendments';
import { CalendarError, type Bilingual } from './calendar.errors';
import {
  kazakhstanCalendarData,
  type CalendarData,
  type HolidayId,
  type PendingHoliday,
} from './calendar-data';
import {
  holidayShiftReason,
  transferDayOffReason,
  transferWorkingDayReason,
  weekendReason,
  type DayReason,
} from './day-reasons';
import {
  addDays,
  assertSupportedYear,
  datesBetween,
  formatLocalDate,
  parseLocalDate,
  weekdayOf,
  yearOf,
  type LocalDate,
} from './local-date';
import { computeTerm, type TermRequest, type TermResult } from './term';

export interface CalendarDay {
  date: LocalDate;
  working: boolean;
  /** Empty for an ordinary working day; otherwise every reason, the deciding one first. */
  reasons: DayReason[];
}

export interface YearOverview {
  year: number;
  /** True when the year's data is not complete (a religious date not yet announced, or an unverified year). */
  provisional: boolean;
  pending: PendingHoliday[];
  weekendDays: number[];
  /** Days off other than ordinary weekends, and holidays that fell on a weekend, with their reasons. */
  nonWorkingDays: CalendarDay[];
  /** Saturdays and Sundays made working days by a transfer. */
  workingDays: CalendarDay[];
  workingDayCount: number;
  nonWorkingDayCount: number;
}

interface HolidayOccurrence {
  date: LocalDate;
  id: HolidayId;
  name: Bilingual;
  movesWhenOnDayOff: boolean;
  source: Bilingual;
}

/**
 * Kazakhstan's working-day calendar (five-day week of state bodies): its built-in data plus the amendments
 * recorded since. Immutable; `withAmendments` gives a new calendar. Years are computed lazily and cached.
 */
export class WorkingCalendar {
  private readonly years = new Map<number, Map<LocalDate, CalendarDay>>();
  private readonly holidayYears = new Map<number, Map<LocalDate, HolidayOccurrence[]>>();

  constructor(
    readonly amendments: readonly CalendarAmendment[] = [],
    private readonly data: CalendarData = kazakhstanCalendarData,
  ) {
    amendments.forEach(assertAmendmentShape);
  }

  withAmendments(amendments: readonly CalendarAmendment[]): WorkingCalendar {
    return new WorkingCalendar(amendments, this.data);
  }

  /**
   * Checks that an amendment makes sense against this calendar before it is recorded: a transfer moves a day
   * off onto a working day, an extra day off falls on a working day, a working day replaces a day off.
   */
  assertApplicable(amendment: CalendarAmendment): void {
    assertAmendmentShape(amendment);
    const refuse = (field: string, problem: string): never => {
      throw new CalendarError('INVALID_AMENDMENT', { field, problem });
    };
    switch (amendment.kind) {
      case 'transfer':
        if (this.isWorkingDay(amendment.from)) refuse('from', `${amendment.from} is already a working day`);
        if (!this.isWorkingDay(amendment.to)) refuse('to', `${amendment.to} is already a day off`);
        return;
      case 'day_off':
        if (!this.isWorkingDay(amendment.date)) refuse('date', `${amendment.date} is already a day off`);
        return;
      case 'working_day':
        if (this.isWorkingDay(amendment.date)) refuse('date', `${amendment.date} is already a working day`);
        return;
    }
  }

  day(date: LocalDate): CalendarDay {
    const { year } = parseLocalDate(date);
    const exception = this.yearTable(year).get(date);
    if (exception) return exception;
    return this.isWeekend(date)
      ? { date, working: false, reasons: [weekendReason(date)] }
      : { date, working: true, reasons: [] };
  }

  isWorkingDay(date: LocalDate): boolean {
    return this.day(date).working;
  }

  /** The n-th working day after `date` (n = 0: the date itself). Negative n counts back. */
  addWorkingDays(date: LocalDate, n: number): LocalDate {
    assertCount(n);
    if (n < 0) return this.workingDaysBefore(date, -n);
    let current = date;
    for (let left = n; left > 0;) {
      current = addDays(current, 1);
      if (this.isWorkingDay(current)) left -= 1;
    }
    return current;
  }

  /** "N working days before" a date: the day D with exactly N working days after D up to the date. */
  workingDaysBefore(date: LocalDate, n: number): LocalDate {
    assertCount(n);
    let current = date;
    for (let left = n; left > 0;) {
      if (this.isWorkingDay(current)) left -= 1;
      current = addDays(current, -1);
    }
    return current;
  }

  /** Working days in (from, to]: so that workingDaysBetween(d, addWorkingDays(d, n)) = n. Negative if to < from. */
  workingDaysBetween(from: LocalDate, to: LocalDate): number {
    parseLocalDate(from, 'from');
    parseLocalDate(to, 'to');
    if (to < from) return -this.workingDaysBetween(to, from);
    let count = 0;
    for (const date of datesBetween(addDays(from, 1), to)) if (this.isWorkingDay(date)) count += 1;
    return count;
  }

  /** The date itself when it is a working day, else the next one. */
  nextWorkingDayFrom(date: LocalDate): LocalDate {
    let current = date;
    while (!this.isWorkingDay(current)) current = addDays(current, 1);
    return current;
  }

  term(request: TermRequest): TermResult {
    return computeTerm(this, request);
  }

  isProvisional(year: number): boolean {
    return !this.data.verifiedYears.includes(year) || this.pendingIn(year).length > 0;
  }

  yearOverview(year: number): YearOverview {
    assertSupportedYear(year);
    const table = this.yearTable(year);
    const days = [...table.values()].sort((a, b) => a.date.localeCompare(b.date));
    let workingDayCount = 0;
    let nonWorkingDayCount = 0;
    for (const date of datesBetween(`${year}-01-01`, `${year}-12-31`)) {
      if (this.isWorkingDay(date)) workingDayCount += 1;
      else nonWorkingDayCount += 1;
    }
    return {
      year,
      provisional: this.isProvisional(year),
      pending: this.pendingIn(year),
      weekendDays: [...this.data.weekendDays],
      nonWorkingDays: days.filter((day) => !day.working),
      workingDays: days.filter((day) => day.working),
      workingDayCount,
      nonWorkingDayCount,
    };
  }

  private pendingIn(year: number): PendingHoliday[] {
    return this.data.pending.filter(
      (pending) =>
        pending.year === year &&
        !this.amendments.some(
          (amendment) =>
            amendment.kind === 'day_off' &&
            amendment.holidayId === pending.id &&
            yearOf(amendment.date) === year,
        ),
    );
  }

  private isWeekend(date: LocalDate): boolean {
    return this.data.weekendDays.includes(weekdayOf(date));
  }

  private holidaysOf(year: number): Map<LocalDate, HolidayOccurrence[]> {
    const cached = this.holidayYears.get(year);
    if (cached) return cached;
    const occurrences: HolidayOccurrence[] = [];
    for (const holiday of this.data.fixedHolidays) {
      for (const day of holiday.days) {
        occurrences.push({ ...holiday, date: formatLocalDate({ year, month: holiday.month, day }) });
      }
    }
    for (const holiday of this.data.datedHolidays)
      if (yearOf(holiday.date) === year) occurrences.push(holiday);
    const byDate = new Map<LocalDate, HolidayOccurrence[]>();
    for (const occurrence of occurrences) {
      byDate.set(occurrence.date, [...(byDate.get(occurrence.date) ?? []), occurrence]);
    }
    this.holidayYears.set(year, byDate);
    return byDate;
  }

  /** A day off before any moving: a weekend or a holiday. */
  private isBaseDayOff(date: LocalDate): boolean {
    return this.isWeekend(date) || this.holidaysOf(yearOf(date)).has(date);
  }

  /** Every day of the year that is not an ordinary Monday-Friday working day or an ordinary weekend. */
  private yearTable(year: number): Map<LocalDate, CalendarDay> {
    const cached = this.years.get(year);
    if (cached) return cached;
    const table = new Map<LocalDate, CalendarDay>();
    // Later rules override earlier ones (holiday < moved day off < transfer < amendment); the deciding
    // reason goes first and the overridden ones stay, so a day explains its whole history.
    const mark = (date: LocalDate, working: boolean, reason: DayReason): void => {
      const current = table.get(date) ?? (this.isWeekend(date) ? this.defaultWeekend(date) : undefined);
      table.set(date, { date, working, reasons: [reason, ...(current?.reasons ?? [])] });
    };

    for (const [date, occurrences] of this.holidaysOf(year)) {
      for (const holiday of occurrences) {
        const kind = holiday.movesWhenOnDayOff ? 'holiday' : 'religious_holiday';
        mark(date, false, { kind, text: holiday.name, source: holiday.source, holidayId: holiday.id });
      }
    }
    for (const [date, holiday] of this.movedDaysOff(year))
      mark(date, false, holidayShiftReason(holiday, holiday.date));

    for (const transfer of this.data.transfers) {
      if (yearOf(transfer.from) === year)
        mark(transfer.from, true, transferWorkingDayReason(transfer.to, transfer.source));
      if (yearOf(transfer.to) === year)
        mark(transfer.to, false, transferDayOffReason(transfer.from, transfer.source));
    }
    for (const amendment of this.amendments) {
      if (!datesOf(amendment).some((date) => yearOf(date) === year)) continue;
      const source = { kk: amendment.legalBasis, ru: amendment.legalBasis };
      switch (amendment.kind) {
        case 'transfer':
          if (yearOf(amendment.from) === year) {
            mark(amendment.from, true, transferWorkingDayReason(amendment.to, source, amendment.id));
          }
          if (yearOf(amendment.to) === year) {
            mark(amendment.to, false, transferDayOffReason(amendment.from, source, amendment.id));
          }
          break;
        case 'day_off':
          mark(amendment.date, false, {
            kind: amendment.holidayId ? 'religious_holiday' : 'decree',
            text: amendment.name,
            source,
            amendmentId: amendment.id,
            ...(amendment.holidayId ? { holidayId: amendment.holidayId } : {}),
          });
          break;
        case 'working_day':
          mark(amendment.date, true, {
            kind: 'decree',
            text: amendment.name,
            source,
            amendmentId: amendment.id,
          });
          break;
      }
    }
    this.years.set(year, table);
    return table;
  }

  private defaultWeekend(date: LocalDate): CalendarDay {
    return { date, working: false, reasons: [weekendReason(date)] };
  }

  /**
   * Law "On holidays", Art. 5: a national or state holiday on a day off gives the next working day after the
   * holiday as a day off. Holidays are taken in date order, so the three days of Nauryz on Saturday to Monday
   * give Tuesday and Wednesday. Holidays of the year before are included: their moved day may cross into January.
   */
  private movedDaysOff(year: number): Map<LocalDate, HolidayOccurrence> {
    const moved = new Map<LocalDate, HolidayOccurrence>();
    const candidates = [year - 1, year]
      .filter((y) => y >= 2005)
      .flatMap((y) => [...this.holidaysOf(y).values()].flat())
      .filter((holiday) => holiday.movesWhenOnDayOff && this.isWeekend(holiday.date))
      .sort((a, b) => a.date.localeCompare(b.date));
    for (const holiday of candidates) {
      let date = addDays(holiday.date, 1);
      while (this.isBaseDayOff(date) || moved.has(date)) date = addDays(date, 1);
      moved.set(date, holiday);
    }
    return new Map([...moved].filter(([date]) => yearOf(date) === year));
  }
}

function assertCount(n: number): void {
  if (!Number.isInteger(n) || Math.abs(n) > 10_000) {
    throw new CalendarError('INVALID_AMOUNT', { field: 'amount', value: String(n) });
  }
}
