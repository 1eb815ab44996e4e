import { TERM_AMOUNT_LIMITS } from '@kzps/calendar';
import { registerDecorator, type ValidationArguments } from 'class-validator';
import type { TermUnit } from './standard-content';

/**
 * The longest term the calendar library counts in each unit (libs/calendar refuses more): a standard's
 * term, its registration term and a reglament's step are bounded by the same numbers, so everything a
 * standard states can be counted.
 */
export const termAmountLimits: Record<TermUnit, number> = {
  minutes: TERM_AMOUNT_LIMITS.minutes,
  hours: TERM_AMOUNT_LIMITS.hours,
  working_days: TERM_AMOUNT_LIMITS.working_days,
  calendar_days: TERM_AMOUNT_LIMITS.calendar_days,
};

const isTermUnit = (unit: unknown): unit is TermUnit =>
  typeof unit === 'string' && Object.hasOwn(termAmountLimits, unit);

/** `value` no larger than the calendar counts in the `unit` beside it; the 400 names the bound. */
export function WithinCalendarBounds(): PropertyDecorator {
  return (target, propertyName) => {
    registerDecorator({
      name: 'withinCalendarBounds',
      target: target.constructor,
      propertyName: String(propertyName),
      validator: {
        validate(value: unknown, args: ValidationArguments): boolean {
          const unit = (args.object as { unit?: unknown }).unit;
          // A bad unit is its own error (IsIn); there is no bound to check then.
          if (!isTermUnit(unit)) return true;
          return typeof value === 'number' && value <= termAmountLimits[unit];
        },
        defaultMessage(args: ValidationArguments): string {
          const unit = (args.object as { unit?: unknown }).unit;
          const limit = isTermUnit(unit) ? termAmountLimits[unit] : '?';
          return `${args.property} must be at most ${limit} ${String(unit)}: the working-day calendar counts no further`;
        },
      },
    });
  };
}
