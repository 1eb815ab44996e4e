import { loadConfig, runService } from '@kzps/platform';
import { AppModule } from './app.module';
import { GatewayConfig } from './config';

const config = loadConfig(GatewayConfig);

void runService({
  service: 'gateway',
  module: AppModule.forRoot(config),
  config,
  openApi: {
    title: 'Public services API',
    description: 'One entry point for portals, service centres and agency dashboards.',
  },
});
