import './tracing';
import { loadConfig, runService } from '@kzps/platform';
import { SERVICE_NAME } from './common/service-name';
import { AppModule } from './app.module';
import { MonitoringConfig } from './config';

const config = loadConfig(MonitoringConfig);

void runService({
  service: SERVICE_NAME,
  module: AppModule.forRoot(config),
  config,
  openApi: {
    title: 'Quality monitoring',
    description:
      'Evaluation and control of the quality of public services, public monitoring, surveys (Ch. 6, Art. 20-23).',
  },
});
