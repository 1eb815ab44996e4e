// The benchmark's upstream, in its own process (as in production) so it does not share the gateway's
// event loop. Prints its port on stdout; stops on SIGTERM.
import type { AuthOptions } from '@kzps/auth';
import { startUpstream } from '../src/test/upstream-fixture';

async function main(): Promise<void> {
  const auth = JSON.parse(process.argv[2] ?? '{}') as AuthOptions;
  const upstream = await startUpstream('registry', auth);
  process.stdout.write(`${upstream.port}\n`);
  process.once('SIGTERM', () => void upstream.stop().then(() => process.exit(0)));
}

void main();
