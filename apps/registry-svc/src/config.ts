import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsInt, Max, Min } from 'class-validator';
import { AuthServiceConfig } from '@kzps/auth';
import { withCalendarPolling } from '@kzps/calendar-store';

import { embeddedDatabaseUrl, toBoolean } from '@kzps/platform';

export class RegistryConfig extends withCalendarPolling(AuthServiceConfig) {
  override PORT = 3001;

  override DATABASE_URL = embeddedDatabaseUrl('kzps_registry');

  /**
   * Load the demo registry (real services, owners and providers of Kazakhstan) when the registry is empty.
   * Off unless asked for: a production registry must never publish demo inclusions. `npm start` (the
   * embedded run) turns it on.
   */
  @Transform(toBoolean)
  @IsBoolean()
  SEED_DEMO_DATA = false;

  /**
   * How often a replica looks for recorded decrees whose effective date has come (ScheduledVersionsWatcher).
   * A decree takes effect at 00:00 of its day; the entry everyone reads follows within this interval (the
   * events carry the exact instant whatever the delay). At most an hour.
   */
  @Type(() => Number)
  @IsInt()
  @Min(100)
  @Max(3_600_000)
  SCHEDULE_WATCH_INTERVAL_MS = 60_000;
}
