import { CalendarError, CalendarErrorCode as CalendarRefusal } from '@kzps/calendar';
import { calendarProblem } from '@kzps/calendar-store';
import { exampleIds } from '../common/api-examples';
import { invalid } from '@kzps/platform';
import { calendarError, CalendarErrorCode } from './calendar.errors';

/*
 * The problems the calendar endpoints answer with, as the OpenAPI document shows them: the library's refusals
 * through the same calendarProblem the service uses, the amendments' through the context's error factory.
 */
const refused = (code: CalendarRefusal, field: string, details: { value?: string; problem?: string }) =>
  calendarProblem(new CalendarError(code, { field, ...details }));

export const calendarProblems = {
  badAmount: invalid({
    field: 'amount',
    message: 'amount must be a whole number in decimal digits',
    constraint: 'isInt',
  }),
  badSuspension: refused(CalendarRefusal.SuspensionInvalid, 'suspension', {
    problem: 'ends before it starts',
  }),
  badInstant: refused(CalendarRefusal.InstantInvalid, 'start', { value: '2026-03-19T10:00' }),
  badDateForm: invalid({ field: 'date', message: 'date must be YYYY-MM-DD', constraint: 'matches' }),
  notADay: refused(CalendarRefusal.DateInvalid, 'date', { value: '2026-02-30' }),
  badYear: invalid({
    field: 'year',
    message: 'year must be a whole number in decimal digits',
    constraint: 'isInt',
  }),
  yearOutOfRange: refused(CalendarRefusal.OutOfRange, 'year', { value: '1999' }),
  badKind: invalid({
    field: 'kind',
    message: 'kind must be one of transfer, day_off, working_day',
    constraint: 'isIn',
  }),
  notApplicable: refused(CalendarRefusal.AmendmentInvalid, 'from', {
    problem: '2026-12-18 is already a working day',
  }),
  badBasis: invalid({
    field: 'basis',
    message: 'basis must be longer than or equal to 3 characters',
    constraint: 'minLength',
  }),
  amendmentNotFound: calendarError(
    CalendarErrorCode.AmendmentNotFound,
    `No calendar amendment ${exampleIds.calendarAmendment}`,
  ),
  alreadyRevoked: calendarError(
    CalendarErrorCode.AmendmentRevoked,
    `Amendment ${exampleIds.calendarAmendment} was revoked`,
    { revokedAt: '2026-11-25T06:30:00.000Z' },
  ),
};
