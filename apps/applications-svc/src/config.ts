import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsInt, IsOptional, IsString, Max, Min, MinLength } from 'class-validator';
import { AuthServiceConfig } from '@kzps/auth';
import { withCalendarPolling } from '@kzps/calendar-store';
import { withDeadlineWatch } from '@kzps/db';
import { embeddedDatabaseUrl, toBoolean } from '@kzps/platform';

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

  /**
   * The embedded run's demo applications (demo/demo-seeder.ts), across channels and statuses, once the demo
   * registry's services have arrived and no application exists yet. Off by default: production never seeds.
   */
  @Transform(toBoolean)
  @IsBoolean()
  SEED_DEMO_DATA = false;

  /**
   * Where the embedded run keeps its demo CA (`npm start`: $DATA_DIR/signature): the demo signs its electronic
   * requests and results with certificates it issues. Without it the demo has no electronic applications.
   */
  @IsOptional()
  @IsString()
  DEMO_SIGNATURE_CA_DIR?: string;
}
