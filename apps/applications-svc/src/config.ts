import { Type } from 'class-transformer';
import { IsInt, IsString, Max, Min, MinLength } from 'class-validator';
import { AuthServiceConfig } from '@kzps/auth';
import { withCalendarPolling } from '@kzps/calendar-store';
import { withDeadlineWatch } from '@kzps/db';
import { embeddedDatabaseUrl } from '@kzps/platform';

export class ApplicationsConfig extends withCalendarPolling(
  withDeadlineWatch(AuthServiceConfig, { batch: 500 }),
) {
  override PORT = 3003;

  override DATABASE_URL = embeddedDatabaseUrl('kzps_applications');

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
}
