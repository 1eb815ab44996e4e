import {
  addDays,
  calendarDaysBetween,
  startOfLocalDay,
  type LocalDate,
  type WorkingCalendar,
} from '@kzps/calendar';
import { acceptanceDayCounts } from '../standards/acceptance-day';
import type { Channel, DeliveryTerm } from '../standards/standard-content';

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
  /** Whether the day of acceptance was counted (Art. 14.1), and the channels that count so. */
  acceptanceDayCounts: boolean;
  channels: Channel[];
  /** The check for each counting rule among the service's channels, the worst first. */
  perChannel: ChannelFit[];
}

/** The steps against the term for the channels that count the day of acceptance alike (Art. 14.1). */
export interface ChannelFit {
  channels: Channel[];
  acceptanceDayCounts: boolean;
  fits: boolean;
  worstCase?: WorstCase;
}

type SingleFit = Omit<TermFit, 'channels' | 'perChannel'>;

/**
 * Art. 11.1.2 with Art. 8.5: the reglament's steps cannot take longer than the standard's term.
 *
 * A term in minutes or hours is elapsed time: only steps in minutes or hours are counted against it. A term
 * in days is checked honestly over the calendar: for every day a request could be accepted in the year from
 * `from`, the steps are laid out in order on the working-day calendar (minutes and hours fill 8-hour working
 * days, working days skip days off, calendar days run straight on) from the term's first day, and must end by
 * the term's last day as the calendar library counts it. `startDayCounts` (Art. 14.1, by channel) decides
 * whether that first day is the day of acceptance or the day after, for the term and the steps alike. So 5
 * working days never pass for 5 calendar days: a week-end or a holiday in between always shows in some week.
 */
export function stepsFitTerm(
  steps: readonly StepDuration[],
  term: DeliveryTerm,
  calendar: WorkingCalendar,
  from: LocalDate,
  startDayCounts: boolean,
): SingleFit {
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
      acceptanceDayCounts: startDayCounts,
    };
  }
  const unit = term.unit;
  let worst: { room: number; total: number; worstCase: WorstCase } | undefined;
  for (let offset = 0; offset < WORST_CASE_HORIZON_DAYS; offset += 1) {
    const acceptedOn = addDays(from, offset);
    const firstDay = startDayCounts ? acceptedOn : addDays(acceptedOn, 1);
    const termEndsOn = calendar.term({
      start: startOfLocalDay(acceptedOn),
      amount: term.value,
      unit,
      startDayCounts,
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
    acceptanceDayCounts: startDayCounts,
  };
}

/**
 * The check of `stepsFitTerm` for every channel of the service, each with its own counting rule (Art. 14.1):
 * the worst of them, so a reglament that fits a PSC's count but not the provider's is refused for the
 * provider's channel. Channels that count alike are checked once and named together.
 */
export function stepsFitTermOnEveryChannel(
  steps: readonly StepDuration[],
  term: DeliveryTerm,
  channels: readonly Channel[],
  calendar: WorkingCalendar,
  from: LocalDate,
): TermFit {
  const groups = [true, false]
    .map((counts) => ({ counts, on: channels.filter((c) => acceptanceDayCounts(c) === counts) }))
    .filter(({ on }) => on.length > 0);
  // A service always has a channel; without one (a read model never told) the provider's count applies.
  if (groups.length === 0) groups.push({ counts: false, on: [] });
  const roomOf = (fit: SingleFit): number =>
    fit.worstCase
      ? calendarDaysBetween(fit.worstCase.stepsEndOn, fit.worstCase.termEndsOn)
      : fit.limit - fit.total;
  const fits = groups
    .map(({ counts, on }) => ({ fit: stepsFitTerm(steps, term, calendar, from, counts), on }))
    .sort((a, b) => Number(a.fit.fits) - Number(b.fit.fits) || roomOf(a.fit) - roomOf(b.fit));
  const perChannel: ChannelFit[] = fits.map(({ fit, on }) => ({
    channels: on,
    acceptanceDayCounts: fit.acceptanceDayCounts,
    fits: fit.fits,
    ...(fit.worstCase ? { worstCase: fit.worstCase } : {}),
  }));
  const [worst] = fits;
  if (!worst) throw new Error('no channel group to check');
  return { ...worst.fit, channels: worst.on, perChannel };
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
