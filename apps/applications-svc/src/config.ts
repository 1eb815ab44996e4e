import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsInt, IsString, Max, Min, MinLength } from 'class-validator';
import { AuthServiceConfig } from '@kzps/auth';
import { embeddedDatabaseUrl, toBoolean } from '@kzps/platform';

export class ApplicationsConfig extends AuthServiceConfig {
  override PORT = 3003;

  override DATABASE_URL = embeddedDatabaseUrl('kzps_applications');

  /** How often each replica looks for overdue applications and late PSC handovers; 0 turns the timer off. */
  @Type(() => Number)
  @IsInt()
  @Min(0)
  DEADLINE_WATCH_INTERVAL_MS = 60_000;

  /** Applications claimed per watcher transaction. */
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

  /**
   * The secret the payment gateway signs its callbacks with (HMAC-SHA256, Art. 18). The default is the
   * embedded run's; production sets its own (a Secret).
   */
  @IsString()
  @MinLength(16)
  PAYMENT_CALLBACK_SECRET = 'embedded-run-payment-secret';

  /** A callback whose timestamp is further than this from now is refused as a possible replay. */
  @Type(() => Number)
  @IsInt()
  @Min(10)
  @Max(3_600)
  PAYMENT_CALLBACK_WINDOW_S = 300;

  /** Writes the demo applications over the demo registry's services at start (the embedded run). */
  @Transform(toBoolean)
  @IsBoolean()
  SEED_DEMO_DATA = false;
}
