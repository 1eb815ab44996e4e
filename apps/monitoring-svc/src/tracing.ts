// main.ts imports this first: the SDK must patch http and pg before the app loads and uses them.
import { startTracing } from '@kzps/platform/tracing';
import { SERVICE_NAME } from './common/service-name';
startTracing({ serviceName: SERVICE_NAME });
