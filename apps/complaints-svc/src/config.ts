import { AuthServiceConfig } from '@kzps/auth';
import { embeddedDatabaseUrl } from '@kzps/platform';

export class ComplaintsConfig extends AuthServiceConfig {
  override PORT = 3004;

  override DATABASE_URL = embeddedDatabaseUrl('kzps_complaints');
}
