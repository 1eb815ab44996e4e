import type { WorkingCalendar } from '@kzps/calendar';

/**
 * Art. 22.5: owners present the results of internal control once a half-year. The Law sets no day; the
 * report is due on the tenth working day after the half-year ends (docs/architecture.md D27), counted on the
 * service's working-day calendar, until the quality authority's typical requirements (Art. 22.4) say otherwise.
 */
export const HALF_YEAR_REPORT_WORKING_DAYS = 10;

export const HALF_YEAR = /^(20\d{2})-H([12])$/;

export interface HalfYear {
  /** `2026-H1`. */
  id: string;
  from: string;
  to: string;
  /** The day the owner's report is due. */
  dueDate: string;
}

export function halfYearOf(id: string, calendar: WorkingCalendar): HalfYear {
  const match = HALF_YEAR.exec(id);
  if (!match) throw new Error(`not a half-year: ${id}`);
  const [, year, half] = match;
  const from = half === '1' ? `${year}-01-01` : `${year}-07-01`;
  const to = half === '1' ? `${year}-06-30` : `${year}-12-31`;
  return { id, from, to, dueDate: calendar.addWorkingDays(to, HALF_YEAR_REPORT_WORKING_DAYS) };
}

/** Both half-years of a year. */
export function halfYearsOf(year: number, calendar: WorkingCalendar): HalfYear[] {
  return [halfYearOf(`${year}-H1`, calendar), halfYearOf(`${year}-H2`, calendar)];
}
