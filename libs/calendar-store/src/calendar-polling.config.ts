import { Type } from 'class-transformer';
import { IsInt, Min } from 'class-validator';
import type { ServiceConfigClass } from '@kzps/platform';

/**
 * The setting of a service's calendar copy, for its config class:
 * `class RegistryConfig extends withCalendarPolling(AuthServiceConfig)`.
 */
export function withCalendarPolling<Base extends ServiceConfigClass>(base: Base) {
  class CalendarPollingConfig extends base {
    /** How often a replica checks for a calendar change another replica applied (CalendarStore). */
    @Type(() => Number)
    @IsInt()
    @Min(100)
    CALENDAR_POLL_INTERVAL_MS = 2_000;
  }
  return CalendarPollingConfig;
}
