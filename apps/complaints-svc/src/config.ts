import { Type } from 'class-transformer';
import { IsInt, Max, Min } from 'class-validator';
import { AuthServiceConfig } from '@kzps/auth';
import { embeddedDatabaseUrl } from '@kzps/platform';

export class ComplaintsConfig extends AuthServiceConfig {
  override PORT = 3004;

  override DATABASE_URL = embeddedDatabaseUrl('kzps_complaints');

  /** How often each replica looks for stages at their last day to extend, overdue stages and requirements. */
  @Type(() => Number)
  @IsInt()
  @Min(0)
  DEADLINE_WATCH_INTERVAL_MS = 60_000;

  /** Rows claimed per watcher transaction. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(10_000)
  DEADLINE_WATCH_BATCH = 500;

  /** How often a replica checks for a calendar change another replica applied (CalendarStore). */
  @Type(() => Number)
  @IsInt()
  @Min(100)
  CALENDAR_POLL_INTERVAL_MS = 2_000;
}
