import { CalendarError, CalendarErrorCode, type Bilingual } from './calendar.errors';
import { datedHolidayIds, type DatedHolidayId } from './calendar-data';
import { parseLocalDate, type LocalDate } from './local-date';

/**
 * A change to the calendar made after release, without a deploy: the authorised body moves a day off
 * (Labour Code Art. 85.3), the Government declares an extra day off, or a religious date is announced.
 * Amendments are data; a calendar built with them answers as if they had always been in its tables.
 */
interface AmendmentBase {
  id: string;
  /**
   * The act, as a person would cite it, in Kazakh and Russian (Law "On public services" Art. 5: a person
   * reads it in both): "Приказ Министра труда и социальной защиты населения РК от ... № ...".
   */
  legalBasis: Bilingual;
}

/** `from` (a day off) becomes a working day and `to` (a working day) a day off. */
export interface TransferAmendment extends AmendmentBase {
  kind: 'transfer';
  from: LocalDate;
  to: LocalDate;
}

/**
 * An extra day off; with `holidayId`, the announced date of a religious day off (Kurban Ait), which is a fact
 * and is recorded on whatever day it falls (Labour Code Art. 84.5: it does not move).
 */
export interface DayOffAmendment extends AmendmentBase {
  kind: 'day_off';
  date: LocalDate;
  name: Bilingual;
  holidayId?: DatedHolidayId;
}

/** A day off made a working day (a date withdrawn or corrected). */
export interface WorkingDayAmendment extends AmendmentBase {
  kind: 'working_day';
  date: LocalDate;
  name: Bilingual;
}

export type CalendarAmendment = TransferAmendment | DayOffAmendment | WorkingDayAmendment;

export const amendmentKinds = ['transfer', 'day_off', 'working_day'] as const;

function refuse(field: string, problem: string): never {
  throw new CalendarError(CalendarErrorCode.AmendmentInvalid, { field, problem });
}

function requireText(value: string | undefined, field: string, max: number): void {
  if (typeof value !== 'string' || value.trim().length === 0) refuse(field, 'required');
  if (value.length > max) refuse(field, `at most ${max} characters`);
}

/** Checks the shape of an amendment; whether it fits the calendar is checked when it is applied. */
export function assertAmendmentShape(amendment: CalendarAmendment): void {
  requireText(amendment.id, 'id', 100);
  requireText(amendment.legalBasis?.kk, 'legalBasis.kk', 1000);
  requireText(amendment.legalBasis?.ru, 'legalBasis.ru', 1000);
  switch (amendment.kind) {
    case 'transfer':
      parseLocalDate(amendment.from, 'from');
      parseLocalDate(amendment.to, 'to');
      if (amendment.from === amendment.to) refuse('to', 'a day off cannot be moved onto itself');
      return;
    case 'day_off':
    case 'working_day':
      parseLocalDate(amendment.date, 'date');
      requireText(amendment.name?.kk, 'name.kk', 300);
      requireText(amendment.name?.ru, 'name.ru', 300);
      if (amendment.kind === 'day_off' && amendment.holidayId !== undefined) {
        if (!datedHolidayIds.includes(amendment.holidayId)) {
          refuse(
            'holidayId',
            `one of ${datedHolidayIds.join(', ')} (the religious days off dated each year)`,
          );
        }
      }
      return;
    default:
      refuse('kind', `one of ${amendmentKinds.join(', ')}`);
  }
}

/** The dates an amendment changes, for grouping and for telling which years it touches. */
export function datesOf(amendment: CalendarAmendment): LocalDate[] {
  return amendment.kind === 'transfer' ? [amendment.from, amendment.to] : [amendment.date];
}
