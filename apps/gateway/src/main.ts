import './tracing';
import { loadConfig, runService } from '@kzps/platform';
import { assertSafeForProduction, GatewayConfig } from './config';
import { gatewayAppOptions } from './gateway-app';

const config = loadConfig(GatewayConfig);
// Before anything listens: the embedded demo issuer must never run in production.
assertSafeForProduction(config);

void runService(gatewayAppOptions(config));
