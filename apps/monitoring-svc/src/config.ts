import { embeddedDatabaseUrl, ServiceConfig } from '@kzps/platform';

export class MonitoringConfig extends ServiceConfig {
  override PORT = 3005;

  override DATABASE_URL = embeddedDatabaseUrl('kzps_monitoring');
}
