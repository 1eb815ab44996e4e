import type { CalendarError, CalendarErrorCode } from '@kzps/calendar';
import { DomainError, type ProblemSpec } from '@kzps/platform';

const titles: Record<CalendarErrorCode, string> = {
  INVALID_DATE: 'A date is not a real calendar day in YYYY-MM-DD form',
  INVALID_INSTANT: 'An instant must be ISO 8601 with its time zone',
  INVALID_AMOUNT: 'The amount of a term must be a positive whole number within its bounds',
  INVALID_UNIT: 'Unknown unit of a term',
  OUT_OF_RANGE: 'The calendar counts only the years 2005 to 2099',
  INVALID_SUSPENSION: 'A suspension must not end before it starts, nor last more than 366 days',
  INVALID_AMENDMENT: 'The amendment does not fit the calendar',
};

/** A refusal of the calendar library as a 400 problem+json that names the offending field. */
export function calendarProblem(error: CalendarError, field = error.details.field): DomainError {
  const spec: ProblemSpec = {
    status: 400,
    title: titles[error.code],
    localizedTitle: error.localizedMessage,
  };
  const problem =
    error.details.problem ?? (error.details.value !== undefined ? `got ${error.details.value}` : undefined);
  return new DomainError(error.code, spec, `${field}: ${problem ?? titles[error.code]}`, {
    errors: [{ field, message: problem ?? titles[error.code], constraint: error.code }],
  });
}
