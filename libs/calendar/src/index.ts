export {
  WorkingCalendar,
  type CalendarDay,
  type YearOverview,
  type ExplainedDate,
  type ExplainedCount,
} from './working-calendar';
export {
  computeTerm,
  termUnits,
  TERM_AMOUNT_LIMITS,
  MAX_SUSPENSION_DAYS,
  MAX_SUSPENSIONS,
  type TermUnit,
  type TermRequest,
  type TermResult,
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
  datedHolidayIds,
  kurbanAitName,
  type CalendarData,
  type FixedHoliday,
  type DatedHoliday,
  type DayOffTransfer,
  type PendingHoliday,
  type HolidayId,
  type DatedHolidayId,
} from './calendar-data';
export {
  spokenDate,
  dayReasonKinds,
  type DayReason,
  type DayReasonKind,
  type SkippedDay,
} from './day-reasons';
export {
  CalendarError,
  CalendarErrorCode,
  type CalendarErrorDetails,
  type Bilingual,
} from './calendar.errors';
export {
  addDays,
  addMonths,
  calendarDaysBetween,
  isLocalDate,
  parseLocalDate,
  weekdayOf,
  SUPPORTED_YEARS,
  type LocalDate,
} from './local-date';
export { defaultEntryIntoForce, ENTRY_INTO_FORCE_CALENDAR_DAYS } from './legal-acts';
export {
  localDateOf,
  startOfLocalDay,
  endOfLocalDay,
  formatAlmaty,
  parseInstant,
  offsetMinutesAt,
} from './almaty-time';
