import './tracing';
import { loadConfig, runService } from '@kzps/platform';
import { SignatureConfig, signatureSettingsFrom } from '@kzps/signature';
import { AppModule } from './app.module';
import { ApplicationsConfig } from './config';
import { APPLICATIONS_BODY_LIMIT, SERVICE_NAME } from './events/service-name';

const config = loadConfig(ApplicationsConfig);
const signature = signatureSettingsFrom(loadConfig(SignatureConfig));

void runService({
  service: SERVICE_NAME,
  module: AppModule.forRoot(config, signature),
  config,
  bodyLimit: APPLICATIONS_BODY_LIMIT,
  openApi: {
    title: 'Service delivery',
    description:
      'Applications for public services: intake by channel, terms, statuses, results, fees (Ch. 5, Art. 12-15, 18).',
  },
});
