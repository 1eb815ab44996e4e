// Gateway speed against its anchors, in one run on loopback: the same public read called directly on the
// service, through nginx as a plain keep-alive reverse proxy and through the gateway, anonymous and with a
// verified bearer token. Two sections:
//   1. registry-svc, the real service as `npm start` runs it (its own process, a real PostgreSQL, the
//      kafka-lite broker), `GET /api/v1/registry/calendar/terms?...`: what issue 20 measured;
//   2. a trivial Nest fixture upstream (apps/gateway/src/test/upstream-fixture.ts), where the service costs
//      little and the proxies' own CPU per request shows.
// Every server (service, nginx, gateway) runs in its own process; autocannon runs in this one.
// nginx is Debian's package: the installed /usr/sbin/nginx, else the binary unpacked from `apt-get download
// nginx` into node_modules/.cache (no root needed).
// Run from the repository root:
//   npm run bench:gateway -- [seconds]        (GATEWAY_NODE_OPTIONS=--cpu-prof profiles the gateways)
// BENCH_SECTIONS=registry or =fixture runs one section only. BENCH_TRACING=1 adds, in the fixture section,
// a second gateway with tracing on (spans exported over OTLP/HTTP to a stand-in collector that discards
// them) and compares it with the untraced one in the same run.
import autocannon from 'autocannon';
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer as createHttpServer } from 'node:http';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { startTestIssuer, type TestIssuer } from '@kzps/auth/testing';
import { debianBinary, freePort, startEmbeddedPostgres, stopProcess } from '@kzps/testing';

const DURATION_S = Math.min(Number(process.argv[2] ?? 8), 60);
const CONNECTIONS = 32;
const ROOT = join(__dirname, '../../..');
const REGISTER_TS = join(ROOT, 'tools/scripts/register-ts.cjs');
const FIXTURE_PATH = '/api/v1/registry/things';
/** Where a 5-working-day term from 19 March 2026 ends: a public read the registry computes from its calendar. */
const REGISTRY_PATH =
  '/api/v1/registry/calendar/terms?start=2026-03-19T10%3A00%3A00%2B05%3A00&amount=5&unit=working_days';
const SECTIONS = (process.env.BENCH_SECTIONS ?? 'registry,fixture').split(',');

interface Measured {
  rps: number;
  p50: number;
  p99: number;
  /** CPU µs per request of the process that proxied (nginx, gateway), 0 for a direct call. */
  proxyCpuUs: number;
  /** CPU µs per request of the service behind. */
  serviceCpuUs: number;
  requests: number;
  errors: number;
}

/** Above this share of failed requests a run's figures are not trusted (a stray reset is tolerated). */
const MAX_ERROR_SHARE = 0.001;

/** CPU seconds (user + system) a process has used so far, from /proc; 0 where there is no /proc. */
function cpuSeconds(pid: number | undefined): number {
  if (pid === undefined) return 0;
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return 0;
  }
}

const say = (line: string): void => void process.stdout.write(`${line}\n`);
const load = (): string =>
  loadavg()
    .map((value) => value.toFixed(1))
    .join(' ');

/**
 * Requests per second, latency, and the CPU time the proxy and the service each spent per request: on a
 * shared, loaded machine the rate depends on how much CPU the scheduler gives each process, the CPU per
 * request much less so.
 */
async function measure(
  title: string,
  url: string,
  headers: Record<string, string>,
  servicePid: number | undefined,
  proxyPid?: number,
): Promise<Measured> {
  const proxyBefore = cpuSeconds(proxyPid);
  const serviceBefore = cpuSeconds(servicePid);
  const result = await autocannon({ url, connections: CONNECTIONS, duration: DURATION_S, headers });
  const total = Math.max(result.requests.total, 1);
  const proxyCpuUs = proxyPid ? ((cpuSeconds(proxyPid) - proxyBefore) / total) * 1e6 : 0;
  const serviceCpuUs = ((cpuSeconds(servicePid) - serviceBefore) / total) * 1e6;
  const errors = result.errors + result.non2xx;
  const cpu = `${proxyPid ? `proxy CPU ${proxyCpuUs.toFixed(0)} µs/request, ` : ''}service ${serviceCpuUs.toFixed(0)} µs`;
  say(
    `${title.padEnd(24)} ${result.requests.average.toFixed(0).padStart(7)} req/s   p50 ${result.latency.p50} ms  ` +
      `p99 ${result.latency.p99} ms  errors ${errors}  ${cpu}`,
  );
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    proxyCpuUs,
    serviceCpuUs,
    requests: result.requests.total,
    errors,
  };
}

interface Running {
  child: ChildProcess;
  url: string;
}

/** Everything this run started, stopped in reverse order however the run ends. */
const cleanups: Array<() => Promise<void>> = [];
const children = new Set<ChildProcess>();

/** Starts a node script in its own process; its stderr is relayed with a prefix. */
function startNode(
  name: string,
  script: string,
  args: string[],
  env: Record<string, string>,
  nodeOptions: string[] = [],
): ChildProcess {
  const child = spawn(process.execPath, [...nodeOptions, '-r', REGISTER_TS, script, ...args], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...env },
  });
  child.stderr?.on('data', (chunk: Buffer) =>
    process.stderr.write(
      chunk
        .toString()
        .split('\n')
        .filter(Boolean)
        .map((line) => `[${name}] ${line}\n`)
        .join(''),
    ),
  );
  children.add(child);
  cleanups.push(() => stop(child));
  return child;
}

/** A bench server that prints its port on stdout once listening. */
async function startPrintingPort(
  name: string,
  script: string,
  args: string[],
  env: Record<string, string> = {},
  nodeOptions: string[] = [],
): Promise<Running> {
  const child = startNode(name, join(__dirname, script), args, env, nodeOptions);
  if (!child.stdout) throw new Error(`${script} has no stdout`);
  const [line] = (await once(child.stdout, 'data')) as [Buffer];
  return { child, url: `http://127.0.0.1:${line.toString().trim()}` };
}

async function waitReady(url: string, name: string, timeoutMs = 120_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    const ok = await fetch(url, { signal: AbortSignal.timeout(2_000) }).then(
      (response) => response.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${name} was not ready at ${url} within ${timeoutMs / 1000} s`);
}

/** Stops a child this run started and forgets it. */
async function stop(child: ChildProcess): Promise<void> {
  children.delete(child);
  await stopProcess(child);
}

/** nginx as a minimal keep-alive reverse proxy to the upstream, in a temp dir. */
async function startNginx(upstreamUrl: string): Promise<{ url: string; pid: number | undefined }> {
  const binary = debianBinary({
    command: '/usr/sbin/nginx',
    debianPackage: 'nginx',
    pathInPackage: './usr/sbin/nginx',
    versionArgs: ['-v'],
  });
  const dir = mkdtempSync(join(tmpdir(), 'bench-nginx-'));
  const port = await freePort();
  writeFileSync(
    join(dir, 'nginx.conf'),
    `daemon off;
master_process off;
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  upstream service { server ${new URL(upstreamUrl).host}; keepalive 64; }
  server {
    listen 127.0.0.1:${port};
    location / {
      proxy_pass http://service;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $host;
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
    }
  }
}
`,
  );
  // -e: the error log before the configuration is read (the package's default path may not exist).
  const child = spawn(binary, ['-p', dir, '-e', join(dir, 'error.log'), '-c', join(dir, 'nginx.conf')], {
    stdio: 'inherit',
  });
  children.add(child);
  cleanups.push(async () => {
    children.delete(child);
    child.kill('SIGQUIT');
    if (child.exitCode === null && child.signalCode === null) await once(child, 'exit');
    rmSync(dir, { recursive: true, force: true });
  });
  const url = `http://127.0.0.1:${port}`;
  await waitReady(`${url}/health/live`, 'nginx', 5_000);
  return { url, pid: child.pid };
}

/** Stands in for an OpenTelemetry collector: accepts OTLP/HTTP exports and discards them. */
async function startSpanSink(): Promise<string> {
  const sink = createHttpServer((request, response) => {
    request.resume();
    request.on('end', () => response.writeHead(200, { 'content-type': 'application/json' }).end('{}'));
  });
  sink.listen(0, '127.0.0.1');
  await once(sink, 'listening');
  cleanups.push(async () => {
    sink.close();
    await once(sink, 'close');
  });
  const address = sink.address();
  return `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
}

const gatewayNodeOptions = (process.env.GATEWAY_NODE_OPTIONS ?? '').split(' ').filter(Boolean);

/** A gateway in front of `upstreamUrl` as the registry; the anchor gateway never traces, whatever OTEL_* says. */
function startGateway(
  name: string,
  upstreamUrl: string,
  issuer: TestIssuer,
  tracingTo?: string,
): Promise<Running> {
  return startPrintingPort(
    name,
    'gateway-server.ts',
    [upstreamUrl, JSON.stringify(issuer.env)],
    tracingTo
      ? { OTEL_EXPORTER_OTLP_ENDPOINT: tracingTo, OTEL_SDK_DISABLED: 'false' }
      : { OTEL_SDK_DISABLED: 'true' },
    gatewayNodeOptions,
  );
}

/** registry-svc as `npm start` runs it: its own process on a real PostgreSQL, with kafka-lite as its broker. */
async function startRegistry(issuer: TestIssuer): Promise<Running> {
  const postgres = await startEmbeddedPostgres();
  cleanups.push(() => postgres.stop());
  const brokerDir = mkdtempSync(join(tmpdir(), 'bench-kafka-'));
  cleanups.push(async () => rmSync(brokerDir, { recursive: true, force: true }));
  const brokerPort = await freePort();
  startNode(
    'kafka-lite',
    join(ROOT, 'tools/kafka-lite/bin/kafka-lite.js'),
    ['--host', '127.0.0.1', '--port', String(brokerPort), '--data-dir', brokerDir, '--log-level', 'warn'],
    {},
  );
  const port = await freePort();
  const database = new URL(postgres.url);
  database.pathname = '/kzps_registry';
  const child = startNode('registry-svc', join(ROOT, 'apps/registry-svc/src/main.ts'), [], {
    ...issuer.env,
    PORT: String(port),
    DATABASE_URL: database.toString(),
    KAFKA_BROKERS: `127.0.0.1:${brokerPort}`,
    // The service logs the same way on all three paths; its access log would only slow every path alike.
    LOG_LEVEL: 'warn',
    OTEL_SDK_DISABLED: 'true',
  });
  const url = `http://127.0.0.1:${port}`;
  await waitReady(`${url}/health/ready`, 'registry-svc', 180_000);
  return { child, url };
}

interface Section {
  name: string;
  path: string;
  upstream: Running;
  gateway: Running;
  nginx: { url: string; pid: number | undefined };
  traced?: Running;
}

const summary: string[] = [];
const runs: Measured[] = [];

async function compare(section: Section, token: string): Promise<void> {
  const { name, path, upstream, gateway, nginx, traced } = section;
  const servicePid = upstream.child.pid;
  say(`\n${name}: autocannon ${CONNECTIONS} connections, ${DURATION_S} s each, GET ${path} (load ${load()})`);
  // Each path once before measuring: the service's and the proxies' code paths compiled, pools filled.
  await measure('warm-up direct', `${upstream.url}${path}`, {}, servicePid);
  await measure('warm-up nginx', `${nginx.url}${path}`, {}, servicePid, nginx.pid);
  await measure('warm-up gateway', `${gateway.url}${path}`, {}, servicePid, gateway.child.pid);
  if (traced) await measure('warm-up traced', `${traced.url}${path}`, {}, servicePid, traced.child.pid);
  const callers: Array<[string, Record<string, string>]> = [
    ['anonymous', {}],
    ['bearer', { authorization: `Bearer ${token}` }],
  ];
  for (const [caller, headers] of callers) {
    const direct = await measure(`direct ${caller}`, `${upstream.url}${path}`, headers, servicePid);
    const viaNginx = await measure(`nginx ${caller}`, `${nginx.url}${path}`, headers, servicePid, nginx.pid);
    const viaGateway = await measure(
      `gateway ${caller}`,
      `${gateway.url}${path}`,
      headers,
      servicePid,
      gateway.child.pid,
    );
    runs.push(direct, viaNginx, viaGateway);
    const ratio = (a: Measured, b: Measured) => (a.rps / b.rps).toFixed(2);
    const line =
      `${name} ${caller}: gateway/nginx ${ratio(viaGateway, viaNginx)}, gateway/direct ` +
      `${ratio(viaGateway, direct)}, nginx/direct ${ratio(viaNginx, direct)} (req/s gateway ` +
      `${viaGateway.rps.toFixed(0)}, nginx ${viaNginx.rps.toFixed(0)}, direct ${direct.rps.toFixed(0)}; ` +
      `CPU µs/request gateway ${viaGateway.proxyCpuUs.toFixed(0)}, nginx ${viaNginx.proxyCpuUs.toFixed(0)}, ` +
      `service ${direct.serviceCpuUs.toFixed(0)})`;
    say(line);
    summary.push(line);
    if (traced) {
      const viaTraced = await measure(
        `gateway traced ${caller}`,
        `${traced.url}${path}`,
        headers,
        servicePid,
        traced.child.pid,
      );
      runs.push(viaTraced);
      const overhead =
        `${name} ${caller} traced/untraced ${ratio(viaTraced, viaGateway)}, CPU per request ` +
        `traced/untraced ${(viaTraced.proxyCpuUs / viaGateway.proxyCpuUs).toFixed(2)}`;
      say(overhead);
      summary.push(overhead);
    }
  }
}

async function main(): Promise<void> {
  const issuer = await startTestIssuer();
  cleanups.push(() => issuer.close());
  const token = await issuer.token(
    { subject: 'bench', roles: ['recipient'], iin: '900315401233' },
    { ttlSeconds: 3600 },
  );
  if (SECTIONS.includes('registry')) {
    const upstream = await startRegistry(issuer);
    const gateway = await startGateway('gateway', upstream.url, issuer);
    await compare(
      { name: 'registry-svc', path: REGISTRY_PATH, upstream, gateway, nginx: await startNginx(upstream.url) },
      token,
    );
    // The next section measures other processes: these stop first so they take no CPU from it.
    while (cleanups.length > 1) await cleanups.pop()?.();
  }
  if (SECTIONS.includes('fixture')) {
    const upstream = await startPrintingPort('upstream', 'upstream-server.ts', [
      JSON.stringify(issuer.authOptions),
    ]);
    const gateway = await startGateway('gateway', upstream.url, issuer);
    const traced =
      process.env.BENCH_TRACING === '1'
        ? await startGateway('gateway traced', upstream.url, issuer, await startSpanSink())
        : undefined;
    await compare(
      {
        name: 'fixture',
        path: FIXTURE_PATH,
        upstream,
        gateway,
        nginx: await startNginx(upstream.url),
        traced,
      },
      token,
    );
  }
  const requests = runs.reduce((sum, run) => sum + run.requests, 0);
  const errors = runs.reduce((sum, run) => sum + run.errors, 0);
  say(
    `SUMMARY bench:gateway ${DURATION_S} s x ${CONNECTIONS} connections: ${summary.join('; ')}; ` +
      `errors ${errors}/${requests}; load average ${load()}`,
  );
  if (errors > requests * MAX_ERROR_SHARE) throw new Error(`${errors} of ${requests} requests failed`);
}

async function cleanUp(): Promise<void> {
  while (cleanups.length > 0)
    await cleanups
      .pop()?.()
      .catch(() => undefined);
}

process.once('SIGINT', () => void cleanUp().then(() => process.exit(130)));
process.once('SIGTERM', () => void cleanUp().then(() => process.exit(143)));
// Last resort: no child outlives this script.
process.on('exit', () => {
  for (const child of children) child.kill('SIGKILL');
});

main()
  .catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  })
  .finally(() => void cleanUp());
