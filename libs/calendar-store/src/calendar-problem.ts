import { CalendarErrorCode, type CalendarError } from '@kzps/calendar';
import { DomainError, type ProblemSpec } from '@kzps/platform';

const titles: Record<CalendarErrorCode, string> = {
  [CalendarErrorCode.DateInvalid]: 'A date is not a real calendar day in YYYY-MM-DD form',
  [CalendarErrorCode.InstantInvalid]: 'An instant must be ISO 8601 with its time zone',
  [CalendarErrorCode.AmountInvalid]: 'The amount of a term must be a positive whole number within its bounds',
  [CalendarErrorCode.UnitInvalid]: 'Unknown unit of a term',
  [CalendarErrorCode.OutOfRange]: 'The calendar counts only the years 2005 to 2099',
  [CalendarErrorCode.SuspensionInvalid]:
    'A suspension must not end before it starts, nor last more than 366 days',
  [CalendarErrorCode.AmendmentInvalid]: 'The amendment does not fit the calendar',
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
