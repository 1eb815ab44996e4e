import {
  addDays,
  calendarDaysBetween,
  startOfLocalDay,
  type LocalDate,
  type WorkingCalendar,
} from '@kzps/calendar';
import type { DeliveryTerm } from '../standards/standard-content';

export const stepUnits = ['minutes', 'hours', 'working_days', 'calendar_days'] as const;
export type StepUnit = (typeof stepUnits)[number];

export interface StepDuration {
  value: number;
  unit: StepUnit;
}

/** Labour Code Art. 68: a 40-hour week, so a working day holds 8 hours of an official's time. */
const MINUTES_PER_WORKING_DAY = 8 * 60;

/** How many days of applications the worst case looks at: a year, so every holiday falls in it once. */
const WORST_CASE_HORIZON_DAYS = 366;

/** The start that fits worst: the steps run longest past (or closest to) the end of the term. */
export interface WorstCase {
  /** The day the request is accepted. */
  acceptedOn: LocalDate;
  /** The day the last step ends. */
  stepsEndOn: LocalDate;
  /** The last day of the term, as the calendar library counts it. */
  termEndsOn: LocalDate;
}

export interface TermFit {
  fits: boolean;
  /** The steps' total in the term's unit: for a term in days, in the worst case over the calendar. */
  total: number;
  limit: number;
  unit: DeliveryTerm['unit'];
  /** Steps counted in days against a term in minutes or hours: they cannot be compared and are refused. */
  incomparableSteps: number[];
  /** For a term in days: the start with the least room left. */
  worstCase?: WorstCase;
}

/**
 * Art. 11.1.2 with Art. 8.5: the reglament's steps cannot take longer than the standard's term.
 *
 * A term in minutes or hours is elapsed time: only steps in minutes or hours are counted against it. A term
 * in days is checked honestly over the calendar: for every day a request could be accepted in the year from
 * `from`, the steps are laid out in order on the working-day calendar (minutes and hours fill 8-hour working
 * days, working days skip days off, calendar days run straight on) from the term's first day, and must end by
 * the term's last day as the calendar library counts it. `acceptanceDayCounts` (Art. 14.1) decides whether
 * that first day is the day of acceptance or the day after, for the term and the steps alike. So 5 working
 * days never pass for 5 calendar days: a week-end or a holiday in between always shows in some week.
 */
export function stepsFitTerm(
  steps: readonly StepDuration[],
  term: DeliveryTerm,
  calendar: WorkingCalendar,
  from: LocalDate,
): TermFit {
  if (term.unit === 'minutes' || term.unit === 'hours') {
    const perUnit = term.unit === 'hours' ? 60 : 1;
    const incomparableSteps: number[] = [];
    let minutes = 0;
    steps.forEach((step, index) => {
      if (step.unit === 'minutes') minutes += step.value;
      else if (step.unit === 'hours') minutes += step.value * 60;
      else incomparableSteps.push(index);
    });
    return {
      fits: incomparableSteps.length === 0 && minutes <= term.value * perUnit,
      total: Math.ceil(minutes / perUnit),
      limit: term.value,
      unit: term.unit,
      incomparableSteps,
    };
  }
  const unit = term.unit;
  let worst: { room: number; total: number; worstCase: WorstCase } | undefined;
  for (let offset = 0; offset < WORST_CASE_HORIZON_DAYS; offset += 1) {
    const acceptedOn = addDays(from, offset);
    const firstDay = term.acceptanceDayCounts ? acceptedOn : addDays(acceptedOn, 1);
    const termEndsOn = calendar.term({
      start: startOfLocalDay(acceptedOn),
      amount: term.value,
      unit,
      startDayCounts: term.acceptanceDayCounts,
    }).dueDate;
    const stepsEndOn = layOut(steps, calendar, addDays(firstDay, -1));
    const room = calendarDaysBetween(stepsEndOn, termEndsOn);
    if (worst && room >= worst.room) continue;
    const total =
      unit === 'working_days'
        ? calendar.workingDaysBetween(addDays(firstDay, -1), stepsEndOn)
        : calendarDaysBetween(firstDay, stepsEndOn) + 1;
    worst = { room, total, worstCase: { acceptedOn, stepsEndOn, termEndsOn } };
  }
  if (!worst) throw new Error('the worst-case horizon is empty');
  return {
    fits: worst.room >= 0,
    total: worst.total,
    limit: term.value,
    unit,
    incomparableSteps: [],
    worstCase: worst.worstCase,
  };
}

/** The day the last step ends when the steps start the day after `before`. */
function layOut(steps: readonly StepDuration[], calendar: WorkingCalendar, before: LocalDate): LocalDate {
  let cursor = before;
  let pendingMinutes = 0;
  // Minutes and hours in a row share working days; a whole day step starts on the next working day.
  const flush = (): void => {
    if (pendingMinutes === 0) return;
    cursor = calendar.addWorkingDays(cursor, Math.ceil(pendingMinutes / MINUTES_PER_WORKING_DAY));
    pendingMinutes = 0;
  };
  for (const step of steps) {
    switch (step.unit) {
      case 'minutes':
        pendingMinutes += step.value;
        break;
      case 'hours':
        pendingMinutes += step.value * 60;
        break;
      case 'working_days':
        flush();
        cursor = calendar.addWorkingDays(cursor, step.value);
        break;
      case 'calendar_days':
        flush();
        cursor = addDays(cursor, step.value);
        break;
    }
  }
  flush();
  return cursor;
}
