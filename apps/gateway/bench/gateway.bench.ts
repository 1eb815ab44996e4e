// Gateway speed against its anchors, in one run on loopback: the same public read called directly on the
// upstream, through nginx as a plain reverse proxy (when nginx is installed) and through the gateway,
// anonymous and with a verified bearer token. Upstream, nginx and gateway each run in their own process.
// Run from the repository root:
//   npm run bench:gateway -- [seconds]        (GATEWAY_NODE_OPTIONS=--cpu-prof profiles the gateway)
// BENCH_TRACING=1 adds a second gateway with tracing on (spans exported over OTLP/HTTP to a stand-in
// collector that discards them) and compares it with the untraced one in the same run.
import autocannon from 'autocannon';
import { createServer as createHttpServer } from 'node:http';
import { startTestIssuer } from '@kzps/auth/testing';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';

const DURATION_S = Math.min(Number(process.argv[2] ?? 8), 60);
const CONNECTIONS = 32;
const PATH = '/api/v1/registry/things';
const REGISTER_TS = join(__dirname, '../../../tools/scripts/register-ts.cjs');

interface Measured {
  rps: number;
  p50: number;
  p99: number;
  cpuPerRequestUs: number;
  requests: number;
  errors: number;
}

/** Above this share of failed requests a run's figures are not trusted (a stray reset is tolerated). */
const MAX_ERROR_SHARE = 0.001;

/** CPU seconds (user + system) a process has used so far, from /proc; 0 where there is no /proc. */
function cpuSeconds(pid: number | undefined): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return 0;
  }
}

/**
 * Requests per second, latency, and the CPU time the serving process spent per request: on a shared,
 * loaded machine the rate depends on how much CPU the scheduler gives each process, the CPU per request
 * much less so.
 */
async function measure(
  title: string,
  url: string,
  headers: Record<string, string>,
  servedBy?: number,
): Promise<Measured> {
  const cpuBefore = cpuSeconds(servedBy);
  const result = await autocannon({ url, connections: CONNECTIONS, duration: DURATION_S, headers });
  const cpuPerRequestUs = ((cpuSeconds(servedBy) - cpuBefore) / Math.max(result.requests.total, 1)) * 1e6;
  const errors = result.errors + result.non2xx;
  const cpu = servedBy ? `  proxy CPU ${cpuPerRequestUs.toFixed(0)} µs/request` : '';
  process.stdout.write(
    `${title.padEnd(22)} ${result.requests.average.toFixed(0).padStart(7)} req/s   p50 ${result.latency.p50} ms  p99 ${result.latency.p99} ms  errors ${errors}${cpu}\n`,
  );
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    cpuPerRequestUs,
    requests: result.requests.total,
    errors,
  };
}

/** Starts a node script in its own process and reads the port it prints. */
async function startNode(
  script: string,
  args: string[],
  nodeOptions: string[] = [],
  env: Record<string, string> = {},
): Promise<{
  child: ChildProcess;
  url: string;
}> {
  const child = spawn(
    process.execPath,
    [...nodeOptions, '-r', REGISTER_TS, join(__dirname, script), ...args],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
      env: { ...process.env, ...env },
    },
  );
  if (!child.stdout) throw new Error(`${script} has no stdout`);
  const [line] = (await once(child.stdout, 'data')) as [Buffer];
  return { child, url: `http://127.0.0.1:${line.toString().trim()}` };
}

async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  server.close();
  await once(server, 'close');
  return typeof address === 'object' && address ? address.port : 0;
}

function nginxBinary(): string | undefined {
  for (const candidate of ['/usr/sbin/nginx', 'nginx']) {
    if (spawnSync(candidate, ['-v']).status === 0) return candidate;
  }
  return undefined;
}

/** nginx as a minimal keep-alive reverse proxy to the upstream, in a temp dir; undefined if not installed. */
async function startNginx(
  upstreamUrl: string,
): Promise<{ url: string; pid: number | undefined; stop: () => Promise<void> } | undefined> {
  const binary = nginxBinary();
  if (!binary) return undefined;
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
  const child = spawn(binary, ['-p', dir, '-c', join(dir, 'nginx.conf')], { stdio: 'inherit' });
  const url = `http://127.0.0.1:${port}`;
  for (let attempt = 0; attempt < 50; attempt += 1) {
    if (
      await fetch(`${url}/health/live`).then(
        () => true,
        () => false,
      )
    )
      break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    url,
    pid: child.pid,
    stop: async () => {
      child.kill('SIGQUIT');
      await once(child, 'exit');
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Stands in for an OpenTelemetry collector: accepts OTLP/HTTP exports and discards them. */
async function startSpanSink(): Promise<{ url: string; close: () => Promise<void> }> {
  const sink = createHttpServer((request, response) => {
    request.resume();
    request.on('end', () => response.writeHead(200, { 'content-type': 'application/json' }).end('{}'));
  });
  sink.listen(0, '127.0.0.1');
  await once(sink, 'listening');
  const address = sink.address();
  return {
    url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`,
    close: async () => {
      sink.close();
      await once(sink, 'close');
    },
  };
}

async function stop(child: ChildProcess): Promise<void> {
  child.kill('SIGTERM');
  await once(child, 'exit');
}

async function main(): Promise<void> {
  const issuer = await startTestIssuer();
  const started: Array<() => Promise<void>> = [() => issuer.close()];
  try {
    const upstream = await startNode('upstream-server.ts', [JSON.stringify(issuer.authOptions)]);
    started.push(() => stop(upstream.child));
    const nodeOptions = (process.env.GATEWAY_NODE_OPTIONS ?? '').split(' ').filter(Boolean);
    const gatewayArgs = [upstream.url, JSON.stringify(issuer.env)];
    // The anchor gateway never traces, whatever OTEL_* the caller's shell has.
    const gateway = await startNode('gateway-server.ts', gatewayArgs, nodeOptions, {
      OTEL_SDK_DISABLED: 'true',
    });
    started.push(() => stop(gateway.child));
    let traced: { child: ChildProcess; url: string } | undefined;
    if (process.env.BENCH_TRACING === '1') {
      const sink = await startSpanSink();
      started.push(sink.close);
      traced = await startNode('gateway-server.ts', gatewayArgs, nodeOptions, {
        OTEL_EXPORTER_OTLP_ENDPOINT: sink.url,
        OTEL_SDK_DISABLED: 'false',
      });
      const tracedChild = traced.child;
      started.push(() => stop(tracedChild));
    }
    const nginx = await startNginx(upstream.url);
    if (nginx) started.push(nginx.stop);
    await compare(
      upstream.url,
      gateway,
      nginx,
      await issuer.token(
        { subject: 'bench', roles: ['recipient'], iin: '900315401233' },
        { ttlSeconds: 3600 },
      ),
      traced,
    );
  } finally {
    for (const stopIt of started.reverse()) await stopIt();
  }
}

async function compare(
  upstreamUrl: string,
  gateway: { child: ChildProcess; url: string },
  nginx: { url: string; pid: number | undefined } | undefined,
  token: string,
  traced: { child: ChildProcess; url: string } | undefined,
): Promise<void> {
  const callers: Array<[string, Record<string, string>]> = [
    ['anonymous', {}],
    ['bearer', { authorization: `Bearer ${token}` }],
  ];
  process.stdout.write(`autocannon: ${CONNECTIONS} connections, ${DURATION_S} s each, GET ${PATH}\n`);
  if (!nginx) process.stdout.write('nginx is not installed: no nginx anchor in this run\n');
  await measure('warm-up gateway', `${gateway.url}${PATH}`, {});
  if (traced) await measure('warm-up traced', `${traced.url}${PATH}`, {});
  const summary: string[] = [];
  const runs: Measured[] = [];
  for (const [caller, headers] of callers) {
    const direct = await measure(`direct ${caller}`, `${upstreamUrl}${PATH}`, headers);
    const viaNginx = nginx
      ? await measure(`nginx ${caller}`, `${nginx.url}${PATH}`, headers, nginx.pid)
      : undefined;
    const viaGateway = await measure(
      `gateway ${caller}`,
      `${gateway.url}${PATH}`,
      headers,
      gateway.child.pid,
    );
    runs.push(direct, viaGateway, ...(viaNginx ? [viaNginx] : []));
    const ratios = [`gateway/direct ${(viaGateway.rps / direct.rps).toFixed(2)}`];
    const cpu = `gateway ${viaGateway.cpuPerRequestUs.toFixed(0)} µs`;
    if (viaNginx) {
      ratios.push(
        `gateway/nginx ${(viaGateway.rps / viaNginx.rps).toFixed(2)}`,
        `CPU per request gateway/nginx ${(viaGateway.cpuPerRequestUs / viaNginx.cpuPerRequestUs).toFixed(1)}`,
      );
    }
    if (traced) {
      const viaTraced = await measure(
        `gateway traced ${caller}`,
        `${traced.url}${PATH}`,
        headers,
        traced.child.pid,
      );
      runs.push(viaTraced);
      const overhead =
        `traced/untraced ${(viaTraced.rps / viaGateway.rps).toFixed(2)}, CPU per request ` +
        `traced/untraced ${(viaTraced.cpuPerRequestUs / viaGateway.cpuPerRequestUs).toFixed(2)}`;
      ratios.push(overhead);
      summary.push(`${caller} ${overhead}`);
    }
    process.stdout.write(`ratio ${caller}: ${ratios.join(', ')}\n`);
    summary.push(
      viaNginx
        ? `${caller} gateway/nginx ${(viaGateway.rps / viaNginx.rps).toFixed(2)} ` +
            `(${viaGateway.rps.toFixed(0)} vs ${viaNginx.rps.toFixed(0)} req/s; CPU/request ${cpu} vs nginx ${viaNginx.cpuPerRequestUs.toFixed(0)} µs)`
        : `${caller} gateway/direct ${(viaGateway.rps / direct.rps).toFixed(2)} ` +
            `(${viaGateway.rps.toFixed(0)} vs ${direct.rps.toFixed(0)} req/s; CPU/request ${cpu})`,
    );
  }
  const requests = runs.reduce((sum, run) => sum + run.requests, 0);
  const errors = runs.reduce((sum, run) => sum + run.errors, 0);
  const load = loadavg()
    .map((value) => value.toFixed(1))
    .join(' ');
  process.stdout.write(
    `SUMMARY bench:gateway ${DURATION_S} s x ${CONNECTIONS} connections: ${summary.join('; ')}; ` +
      `errors ${errors}/${requests}; load average ${load}\n`,
  );
  if (errors > requests * MAX_ERROR_SHARE) throw new Error(`${errors} of ${requests} requests failed`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${String(error)}\n`);
  process.exitCode = 1;
});
