import './tracing';
import { loadConfig, runService } from '@kzps/platform';
import { AppModule } from './app.module';
import { StandardsConfig } from './config';

const config = loadConfig(StandardsConfig);

void runService({
  service: 'standards-svc',
  module: AppModule.forRoot(config),
  config,
  openApi: {
    title: 'Standards and reglaments',
    description:
      'Standards of public services with public discussion, agreement, registration, and reglaments (Ch. 3-4, Art. 7-11).',
  },
});
