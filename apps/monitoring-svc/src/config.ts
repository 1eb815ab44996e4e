import { AuthServiceConfig } from '@kzps/auth';
import { embeddedDatabaseUrl } from '@kzps/platform';

export class MonitoringConfig extends AuthServiceConfig {
  override PORT = 3005;

  override DATABASE_URL = embeddedDatabaseUrl('kzps_monitoring');
}
