import { loadConfig, runService } from '@kzps/platform';
import { AppModule } from './app.module';
import { ApplicationsConfig } from './config';

const config = loadConfig(ApplicationsConfig);

void runService({
  service: 'applications-svc',
  module: AppModule.forRoot(config),
  config,
  openApi: {
    title: 'Service delivery',
    description:
      'Applications for public services: intake by channel, terms, statuses, results, fees (Ch. 5, Art. 12-15, 18).',
  },
});
