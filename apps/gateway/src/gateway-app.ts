import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createServiceApp, type ServiceAppOptions } from '@kzps/platform';
import { AppModule } from './app.module';
import { GatewayConfig } from './config';

/**
 * The gateway's app options. The platform's own OpenAPI setup is switched off for it (the gateway serves
 * the merged document of all services at the same URLs instead), the rest is the shared bootstrap.
 */
export function gatewayAppOptions(config: GatewayConfig): ServiceAppOptions {
  const platformConfig = Object.assign(new GatewayConfig(), config, { SWAGGER_ENABLED: false });
  return {
    service: 'gateway',
    module: AppModule.forRoot(config),
    config: platformConfig,
    openApi: { title: 'Public services API', description: 'Gateway' },
    bodyLimit: config.BODY_LIMIT_BYTES,
  };
}

/** `logDestination`: where the log lines go instead of stdout (a test run's service log). */
export function createGatewayApp(
  config: GatewayConfig,
  logDestination?: ServiceAppOptions['logDestination'],
): Promise<NestFastifyApplication> {
  return createServiceApp({ ...gatewayAppOptions(config), logDestination });
}
