import './tracing';
import { loadConfig, runService } from '@kzps/platform';
import { SERVICE_NAME } from './events/service-name';
import { AppModule } from './app.module';
import { ComplaintsConfig } from './config';

const config = loadConfig(ComplaintsConfig);

void runService({
  service: SERVICE_NAME,
  module: AppModule.forRoot(config),
  config,
  openApi: {
    title: 'Pre-trial appeal',
    description:
      'Complaints about the delivery of public services: instances, terms, extensions, decisions (Art. 19).',
  },
});
