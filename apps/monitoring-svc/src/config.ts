import { Matches } from 'class-validator';
import { ServiceConfig } from '@kzps/platform';

export class MonitoringConfig extends ServiceConfig {
  override PORT = 3005;

  // The embedded run's PostgreSQL (npm start); production sets its own.
  @Matches(/^postgres(ql)?:\/\/.+\/[a-z_][a-z0-9_]*(\?.*)?$/, {
    message: 'DATABASE_URL must look like postgres://user:password@host:port/database',
  })
  override DATABASE_URL = 'postgres://postgres:postgres@127.0.0.1:54329/kzps_monitoring';
}
