import { assertAmendmentShape, datesOf, type CalendarAmendment } from './amendments';
import { CalendarError, CalendarErrorCode, type Bilingual } from './calendar.errors';
import {
  kazakhstanCalendarData,
  type CalendarData,
  type HolidayId,
  type PendingHoliday,
} from './calendar-data';
import {
  holidayShiftReason,
  skippedDay,
  transferDayOffReason,
  transferWorkingDayReason,
  weekendReason,
  type DayReason,
  type SkippedDay,
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

/** A date counted in working days, with the non-working days the count passed over and why. */
export interface ExplainedDate {
  date: LocalDate;
  skipped: SkippedDay[];
}

/** A number of working days, with the non-working days between and why. */
export interface ExplainedCount {
  count: number;
  skipped: SkippedDay[];
}

interface HolidayOccurrence {
  date: LocalDate;
  id: HolidayId;
  name: Bilingual;
  movesWhenOnDayOff: boolean;
  source: Bilingual;
  /** Set for a religious date recorded as an amendment. */
  amendmentId?: string;
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

  /** Years whose data was checked in full (the others are computed from the statutory rules alone). */
  get verifiedYears(): readonly number[] {
    return this.data.verifiedYears;
  }

  /** Days of the week that are days off (0 = Sunday, 6 = Saturday). */
  get weekendDays(): readonly number[] {
    return this.data.weekendDays;
  }

  /**
   * Checks that an amendment makes sense against this calendar before it is recorded: a transfer moves a day
   * off onto a working day, an extra day off falls on a working day, a working day replaces a day off. The
   * announced date of a religious day off is a fact and fits any day, but a year has only one.
   */
  assertApplicable(amendment: CalendarAmendment): void {
    assertAmendmentShape(amendment);
    const refuse = (field: string, problem: string): never => {
      throw new CalendarError(CalendarErrorCode.AmendmentInvalid, { field, problem });
    };
    switch (amendment.kind) {
      case 'transfer':
        if (this.isWorkingDay(amendment.from)) refuse('from', `${amendment.from} is already a working day`);
        if (!this.isWorkingDay(amendment.to)) refuse('to', `${amendment.to} is already a day off`);
        return;
      case 'day_off': {
        const { holidayId, date } = amendment;
        if (holidayId === undefined) {
          if (!this.isWorkingDay(date)) refuse('date', `${date} is already a day off`);
          return;
        }
        const year = yearOf(date);
        const recorded = [...this.holidaysOf(year).values()]
          .flat()
          .find((holiday) => holiday.id === holidayId);
        if (recorded) refuse('holidayId', `${holidayId} of ${year} is already dated ${recorded.date}`);
        return;
      }
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

  /**
   * "N working days before" a date (Art. 19.6: notice "no later than three working days before" a term ends):
   * the working day D after which exactly N working days remain up to the date, the date included. For
   * Wednesday 10 June 2026 and N = 3 that is Friday 5 June (Monday, Tuesday and Wednesday remain). N = 0
   * gives the date itself.
   */
  workingDaysBefore(date: LocalDate, n: number): LocalDate {
    assertCount(n);
    parseLocalDate(date);
    if (n === 0) return date;
    let current = date;
    for (let left = n; left > 0;) {
      if (this.isWorkingDay(current)) left -= 1;
      current = addDays(current, -1);
    }
    // Between the N-th working day counted back and the one before it lie only days off: the answer is a
    // working day a person can act on, not the weekend just before.
    while (!this.isWorkingDay(current)) current = addDays(current, -1);
    return current;
  }

  /** `addWorkingDays`, with the non-working days passed over and why. */
  explainAddWorkingDays(date: LocalDate, n: number): ExplainedDate {
    const result = this.addWorkingDays(date, n);
    return { date: result, skipped: n < 0 ? this.skippedIn(result, date) : this.skippedIn(date, result) };
  }

  /** `workingDaysBefore`, with the non-working days between the answer and the date and why. */
  explainWorkingDaysBefore(date: LocalDate, n: number): ExplainedDate {
    const result = this.workingDaysBefore(date, n);
    return { date: result, skipped: this.skippedIn(result, date) };
  }

  /** `workingDaysBetween`, with the non-working days in between and why. */
  explainWorkingDaysBetween(from: LocalDate, to: LocalDate): ExplainedCount {
    const count = this.workingDaysBetween(from, to);
    return { count, skipped: to < from ? this.skippedIn(to, from) : this.skippedIn(from, to) };
  }

  /** The non-working days in (from, to], each with its deciding reason. */
  skippedIn(from: LocalDate, to: LocalDate): SkippedDay[] {
    const skipped: SkippedDay[] = [];
    if (to <= from) return skipped;
    for (const date of datesBetween(addDays(from, 1), to)) {
      const { working, reasons } = this.day(date);
      if (!working && reasons[0]) skipped.push(skippedDay(date, reasons[0]));
    }
    return skipped;
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
    // An announced religious date is a holiday like the built-in ones, so a moved day off steps over it too.
    for (const amendment of this.amendments) {
      if (amendment.kind !== 'day_off' || !amendment.holidayId || yearOf(amendment.date) !== year) continue;
      occurrences.push({
        date: amendment.date,
        id: amendment.holidayId,
        name: amendment.name,
        movesWhenOnDayOff: false,
        source: amendment.legalBasis,
        amendmentId: amendment.id,
      });
    }
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
        mark(date, false, {
          kind,
          text: holiday.name,
          source: holiday.source,
          holidayId: holiday.id,
          ...(holiday.amendmentId ? { amendmentId: holiday.amendmentId } : {}),
        });
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
      const source = amendment.legalBasis;
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
          // A religious date is already among the year's holidays (holidaysOf).
          if (!amendment.holidayId) {
            mark(amendment.date, false, {
              kind: 'decree',
              text: amendment.name,
              source,
              amendmentId: amendment.id,
            });
          }
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
    throw new CalendarError(CalendarErrorCode.AmountInvalid, { field: 'amount', value: String(n) });
  }
}
