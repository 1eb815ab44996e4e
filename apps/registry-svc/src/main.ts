import './tracing';
import { loadConfig, runService } from '@kzps/platform';
import { AppModule } from './app.module';
import { RegistryConfig } from './config';

const config = loadConfig(RegistryConfig);

void runService({
  service: 'registry-svc',
  module: AppModule.forRoot(config),
  config,
  openApi: {
    title: 'Registry of public services',
    description:
      'Registry of public services, organisations, classifier and the working-day calendar (Law "On public services", Ch. 2, Art. 6).',
  },
});
