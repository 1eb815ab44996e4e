import { AuthServiceConfig } from '@kzps/auth';
import { withCalendarPolling } from '@kzps/calendar-store';
import { withDeadlineWatch } from '@kzps/db';
import { embeddedDatabaseUrl } from '@kzps/platform';

export class ComplaintsConfig extends withCalendarPolling(
  withDeadlineWatch(AuthServiceConfig, { batch: 500 }),
) {
  override PORT = 3004;

  override DATABASE_URL = embeddedDatabaseUrl('kzps_complaints');
}
