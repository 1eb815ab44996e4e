import { embeddedDatabaseUrl, ServiceConfig } from '@kzps/platform';

export class ComplaintsConfig extends ServiceConfig {
  override PORT = 3004;

  override DATABASE_URL = embeddedDatabaseUrl('kzps_complaints');
}
