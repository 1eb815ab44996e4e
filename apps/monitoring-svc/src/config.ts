import { AuthServiceConfig } from '@kzps/auth';
import { withDeadlineWatch } from '@kzps/db';
import { embeddedDatabaseUrl } from '@kzps/platform';

/** The overdue orders and late reports are swept by a watcher in every replica (libs/db `PeriodicSweep`). */
export class MonitoringConfig extends withDeadlineWatch(AuthServiceConfig, { batch: 100 }) {
  override PORT = 3005;

  override DATABASE_URL = embeddedDatabaseUrl('kzps_monitoring');
}
