import { IsUrl } from 'class-validator';
import { ServiceConfig } from '@kzps/platform';

const url = { require_tld: false, protocols: ['http', 'https'] };

export class GatewayConfig extends ServiceConfig {
  override PORT = 3000;

  @IsUrl(url)
  REGISTRY_URL = 'http://127.0.0.1:3001';

  @IsUrl(url)
  STANDARDS_URL = 'http://127.0.0.1:3002';

  @IsUrl(url)
  APPLICATIONS_URL = 'http://127.0.0.1:3003';

  @IsUrl(url)
  COMPLAINTS_URL = 'http://127.0.0.1:3004';

  @IsUrl(url)
  MONITORING_URL = 'http://127.0.0.1:3005';
}
