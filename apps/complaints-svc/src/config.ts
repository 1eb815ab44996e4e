import { Transform } from 'class-transformer';
import { IsBoolean } from 'class-validator';
import { AuthServiceConfig } from '@kzps/auth';
import { withCalendarPolling } from '@kzps/calendar-store';
import { withDeadlineWatch } from '@kzps/db';
import { embeddedDatabaseUrl, toBoolean } from '@kzps/platform';

export class ComplaintsConfig extends withCalendarPolling(
  withDeadlineWatch(AuthServiceConfig, { batch: 500 }),
) {
  override PORT = 3004;

  override DATABASE_URL = embeddedDatabaseUrl('kzps_complaints');

  /**
   * File the demo complaints (src/demo/) once the demo registry has reached this service and no complaint is
   * registered yet. Off unless asked for: a production register must never hold demo complaints. `npm start`
   * (the embedded run) turns it on, as it does the registry's.
   */
  @Transform(toBoolean)
  @IsBoolean()
  SEED_DEMO_DATA = false;
}
