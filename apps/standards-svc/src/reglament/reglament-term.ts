import type { DeliveryTerm } from '../standards/standard-content';

export const stepUnits = ['minutes', 'hours', 'working_days', 'calendar_days'] as const;
export type StepUnit = (typeof stepUnits)[number];

export interface StepDuration {
  value: number;
  unit: StepUnit;
}

/** Labour Code Art. 68: a 40-hour week, so a working day holds 8 hours of an official's time. */
const MINUTES_PER_WORKING_DAY = 8 * 60;

export interface TermFit {
  fits: boolean;
  /** The steps' total, in the standard term's unit (rounded up). */
  total: number;
  limit: number;
  unit: DeliveryTerm['unit'];
  /** Present when a step's unit cannot be counted against the term (e.g. days against a term in hours). */
  incomparableSteps: number[];
}

function minutesOf(step: StepDuration): number | undefined {
  switch (step.unit) {
    case 'minutes':
      return step.value;
    case 'hours':
      return step.value * 60;
    case 'working_days':
      return step.value * MINUTES_PER_WORKING_DAY;
    case 'calendar_days':
      return undefined;
  }
}

/**
 * Art. 11.1.2 with Art. 8.5: the reglament's steps cannot take longer than the standard's term. Counts are
 * conservative: against a calendar-day term every step of a working day or less takes at least one whole
 * calendar day of the term; against a term in minutes or hours a step counted in days cannot be compared
 * and is refused.
 */
export function stepsFitTerm(steps: readonly StepDuration[], term: DeliveryTerm): TermFit {
  const result = (fits: boolean, total: number, incomparableSteps: number[] = []): TermFit => ({
    fits: fits && incomparableSteps.length === 0,
    total,
    limit: term.value,
    unit: term.unit,
    incomparableSteps,
  });
  /** Sums the steps in minutes; `countable` says which units can be counted against this term at all. */
  const sumMinutes = (
    countable: (unit: StepUnit) => boolean,
  ): { minutes: number; incomparable: number[] } => {
    const incomparable: number[] = [];
    let minutes = 0;
    steps.forEach((step, index) => {
      const value = countable(step.unit) ? minutesOf(step) : undefined;
      if (value === undefined) incomparable.push(index);
      else minutes += value;
    });
    return { minutes, incomparable };
  };
  switch (term.unit) {
    case 'minutes':
    case 'hours': {
      const { minutes, incomparable } = sumMinutes((unit) => unit === 'minutes' || unit === 'hours');
      const perUnit = term.unit === 'hours' ? 60 : 1;
      return result(minutes <= term.value * perUnit, Math.ceil(minutes / perUnit), incomparable);
    }
    case 'working_days': {
      const { minutes, incomparable } = sumMinutes(() => true);
      return result(
        minutes <= term.value * MINUTES_PER_WORKING_DAY,
        Math.ceil(minutes / MINUTES_PER_WORKING_DAY),
        incomparable,
      );
    }
    case 'calendar_days': {
      let days = 0;
      let intradayMinutes = 0;
      for (const step of steps) {
        if (step.unit === 'calendar_days' || step.unit === 'working_days') days += step.value;
        else intradayMinutes += minutesOf(step) ?? 0;
      }
      const total = days + Math.ceil(intradayMinutes / MINUTES_PER_WORKING_DAY);
      return result(total <= term.value, total);
    }
  }
}
