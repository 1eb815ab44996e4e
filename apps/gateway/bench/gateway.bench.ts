// Gateway overhead: the same public read called directly on a service and through the gateway, both on
// loopback, ~10 s each with autocannon. Run from the repository root:
//   node -r ./tools/scripts/register-ts.cjs apps/gateway/bench/gateway.bench.ts [seconds]
import autocannon from 'autocannon';
import { startTestIssuer } from '@kzps/auth/testing';
import { loadConfig } from '@kzps/platform';
import { GatewayConfig } from '../src/config';
import { createGatewayApp } from '../src/gateway-app';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';

const DURATION_S = Number(process.argv[2] ?? 10);
const CONNECTIONS = 32;

async function measure(
  title: string,
  url: string,
  headers: Record<string, string>,
): Promise<autocannon.Result> {
  const result = await autocannon({ url, connections: CONNECTIONS, duration: DURATION_S, headers });
  process.stdout.write(
    `${title.padEnd(10)} ${result.requests.average.toFixed(0).padStart(7)} req/s   latency p50 ${result.latency.p50} ms  p99 ${result.latency.p99} ms  errors ${result.errors + result.non2xx}\n`,
  );
  return result;
}

async function main(): Promise<void> {
  const issuer = await startTestIssuer();
  const child = spawn(
    process.execPath,
    [
      '-r',
      join(__dirname, '../../../tools/scripts/register-ts.cjs'),
      join(__dirname, 'upstream-server.ts'),
      JSON.stringify(issuer.authOptions),
    ],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const [firstLine] = (await once(child.stdout, 'data')) as [Buffer];
  const upstream = { url: `http://127.0.0.1:${firstLine.toString().trim()}` };
  const config = loadConfig(GatewayConfig, {
    LOG_LEVEL: 'silent',
    AUTH_EMBEDDED: 'false',
    ...issuer.env,
    REGISTRY_URL: upstream.url,
    RATE_LIMIT_PER_SUBJECT: '100000000',
    RATE_LIMIT_PER_IP: '100000000',
    SWAGGER_ENABLED: 'false',
  });
  const gateway = await createGatewayApp(config);
  await gateway.listen({ port: 0, host: '127.0.0.1' });
  const address = gateway.getHttpServer().address();
  const gatewayUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  // A signed-in caller: the gateway verifies the token (cached JWKS) and applies the per-subject limit.
  const token = await issuer.token(
    { subject: 'bench', roles: ['recipient'], iin: '900315401233' },
    { ttlSeconds: 3600 },
  );
  const headers: Record<string, string> = process.env.BENCH_ANONYMOUS
    ? {}
    : { authorization: `Bearer ${token}` };
  const path = '/api/v1/registry/things';

  process.stdout.write(`autocannon: ${CONNECTIONS} connections, ${DURATION_S} s each, GET ${path}\n`);
  await measure('warm-up', `${gatewayUrl}${path}`, headers);
  const direct = await measure('direct', `${upstream.url}${path}`, headers);
  const proxied = await measure('gateway', `${gatewayUrl}${path}`, headers);
  const ratio = proxied.requests.average / direct.requests.average;
  process.stdout.write(
    `throughput ratio gateway/direct: ${ratio.toFixed(2)}; added latency p50 ${proxied.latency.p50 - direct.latency.p50} ms, mean ${(proxied.latency.average - direct.latency.average).toFixed(2)} ms\n`,
  );
  await gateway.close();
  child.kill('SIGTERM');
  await once(child, 'exit');
  await issuer.close();
}

main().catch((error: unknown) => {
  process.stderr.write(`${String(error)}\n`);
  process.exitCode = 1;
});
