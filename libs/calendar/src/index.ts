export { WorkingCalendar, type CalendarDay, type YearOverview } from './working-calendar';
export {
  computeTerm,
  termUnits,
  type TermUnit,
  type TermRequest,
  type TermResult,
  type SkippedDay,
  type Suspension,
} from './term';
export {
  assertAmendmentShape,
  amendmentKinds,
  datesOf,
  type CalendarAmendment,
  type TransferAmendment,
  type DayOffAmendment,
  type WorkingDayAmendment,
} from './amendments';
export {
  kazakhstanCalendarData,
  holidayIds,
  kurbanAitName,
  type CalendarData,
  type FixedHoliday,
  type DatedHoliday,
  type DayOffTransfer,
  type PendingHoliday,
  type HolidayId,
} from './calendar-data';
export { spokenDate, type DayReason, type DayReasonKind } from './day-reasons';
export {
  CalendarError,
  type CalendarErrorCode,
  type CalendarErrorDetails,
  type Bilingual,
} from './calendar.errors';
export {
  addDays,
  addMonths,
  isLocalDate,
  parseLocalDate,
  weekdayOf,
  SUPPORTED_YEARS,
  type LocalDate,
} from './local-date';
export {
  localDateOf,
  startOfLocalDay,
  endOfLocalDay,
  formatAlmaty,
  parseInstant,
  offsetMinutesAt,
} from './almaty-time';
