// main.ts imports this first: the SDK must patch http and pg before the app loads and uses them.
import { startTracing } from '@kzps/platform/tracing';

startTracing({ serviceName: 'standards-svc' });
