// The benchmark's gateway, in its own process like the upstream and nginx, so none of the three shares an
// event loop with the load generator. argv: upstream URL, issuer env (JSON). Prints its port on stdout.
// Tracing as in production: on when the environment names an OTLP endpoint (the app's own tracing entry).
import '../src/tracing';
import { loadConfig } from '@kzps/platform';
import { GatewayConfig } from '../src/config';
import { createGatewayApp } from '../src/gateway-app';

async function main(): Promise<void> {
  const issuerEnv = JSON.parse(process.argv[3] ?? '{}') as Record<string, string>;
  const config = loadConfig(GatewayConfig, {
    LOG_LEVEL: 'silent',
    AUTH_EMBEDDED: 'false',
    ...issuerEnv,
    REGISTRY_URL: process.argv[2] ?? '',
    RATE_LIMIT_PER_SUBJECT: '100000000',
    RATE_LIMIT_PER_IP: '100000000',
    SWAGGER_ENABLED: 'false',
  });
  const gateway = await createGatewayApp(config);
  await gateway.listen({ port: 0, host: '127.0.0.1' });
  const address = gateway.getHttpServer().address();
  process.stdout.write(`${typeof address === 'object' && address ? address.port : 0}\n`);
  process.once('SIGTERM', () => void gateway.close().then(() => process.exit(0)));
}

void main();
