import type {
  CalendarDay,
  DayReason,
  ExplainedDate,
  SkippedDay,
  TermResult,
  YearOverview,
} from '@kzps/calendar';
import { holidayIds, type HolidayId } from '@kzps/calendar';
import type { CalendarAmendmentRow } from '@kzps/calendar-store';
import type {
  CalendarAmendmentDto,
  CalendarDayDto,
  CalendarYearDto,
  DayReasonDto,
  SkippedDayDto,
  TermDto,
} from './dto/calendar.dto';

function reasonDto(reason: DayReason): DayReasonDto {
  return {
    kind: reason.kind,
    kk: reason.text.kk,
    ru: reason.text.ru,
    ...(reason.source ? { source: reason.source } : {}),
    ...(reason.holidayId ? { holidayId: reason.holidayId } : {}),
    ...(reason.amendmentId ? { amendmentId: reason.amendmentId } : {}),
  };
}

export function dayDto(day: CalendarDay): CalendarDayDto {
  return { date: day.date, working: day.working, reasons: day.reasons.map(reasonDto) };
}

export function yearDto(year: YearOverview): CalendarYearDto {
  return {
    year: year.year,
    provisional: year.provisional,
    pending: year.pending.map(({ year: pendingYear, id, name }) => ({ year: pendingYear, id, name })),
    weekendDays: year.weekendDays,
    nonWorkingDays: year.nonWorkingDays.map(dayDto),
    workingDays: year.workingDays.map(dayDto),
    workingDayCount: year.workingDayCount,
    nonWorkingDayCount: year.nonWorkingDayCount,
  };
}

function skippedDto(day: SkippedDay): SkippedDayDto {
  return {
    date: day.date,
    kind: day.kind,
    reason: day.reason,
    ...(day.source ? { source: day.source } : {}),
  };
}

/** A term, and when asked the latest day for a notice `workingDays` working days before its end. */
export function termDto(term: TermResult, notice?: ExplainedDate & { workingDays: number }): TermDto {
  return {
    start: term.start,
    firstDay: term.firstDay,
    due: term.due,
    dueDate: term.dueDate,
    skipped: term.skipped.map(skippedDto),
    suspendedWorkingDays: term.suspendedWorkingDays,
    suspendedDays: term.suspendedDays,
    provisional: term.provisional,
    ...(notice
      ? {
          notice: {
            workingDays: notice.workingDays,
            date: notice.date,
            skipped: notice.skipped.map(skippedDto),
          },
        }
      : {}),
  };
}

function holidayIdOf(value: string | null): HolidayId | undefined {
  return holidayIds.find((known) => known === value);
}

export function amendmentDto(row: CalendarAmendmentRow): CalendarAmendmentDto {
  const holidayId = holidayIdOf(row.holidayId);
  return {
    id: row.id,
    kind: row.kind,
    ...(row.dateFrom ? { from: row.dateFrom } : {}),
    ...(row.dateTo ? { to: row.dateTo } : {}),
    ...(row.date ? { date: row.date } : {}),
    ...(row.nameKk && row.nameRu ? { name: { kk: row.nameKk, ru: row.nameRu } } : {}),
    ...(holidayId ? { holidayId } : {}),
    legalBasis: { kk: row.legalBasisKk, ru: row.legalBasisRu },
    recordedAt: row.recordedAt.toISOString(),
    revokedAt: row.revokedAt ? row.revokedAt.toISOString() : null,
    revocationBasis: row.revocationBasis,
  };
}
