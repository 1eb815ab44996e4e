import { isLocalDate, SUPPORTED_YEARS } from '@kzps/calendar';
import { ValidateBy, type ValidationOptions } from 'class-validator';

/** A real day `YYYY-MM-DD` within the years libs/calendar computes terms for. */
export function isCalendarDate(value: unknown): boolean {
  if (typeof value !== 'string' || !isLocalDate(value)) return false;
  const year = Number(value.slice(0, 4));
  return year >= SUPPORTED_YEARS.from && year <= SUPPORTED_YEARS.to;
}

/**
 * A date the calendar will compute with (an act's date, the day it takes effect): refused at the edge with
 * the range named, where it would otherwise fail deep inside the calendar (a 500) or be stored unusable.
 */
export function IsCalendarDate(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isCalendarDate',
      validator: {
        validate: isCalendarDate,
        defaultMessage: (args) =>
          `${args?.property ?? 'date'} must be a date YYYY-MM-DD from ${SUPPORTED_YEARS.from}-01-01 to ${SUPPORTED_YEARS.to}-12-31, the years the calendar covers`,
      },
    },
    options,
  );
}
