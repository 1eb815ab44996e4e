// Benchmark of applications-svc, not a test. Run from the repository root:
//   npm run bench:applications
// The system under test runs as `npm start` runs it, each part in its own process: PostgreSQL, kafka-lite,
// applications-svc and the gateway in front of it. The load generator is another process: wrk (C, as
// pgbench's client is) where the API runs as fast as it goes, autocannon (load.ts) where it is paced, which
// wrk cannot do. This script only starts, seeds, measures and stops them.
// 1. Intake through the gateway: PSC applications POSTed to /api/v1/applications. After a warm-up, in
//    turn on the same database, never at the same time, a and b in each of BENCH_ROUNDS rounds (the median
//    round's ratio is the result), then c once:
//    a. pgbench running the same transaction (the application row, its history row, the outbox row, the
//       audit row, copied from rows the service wrote), as fast as it goes, with 8 clients and with
//       BENCH_CONNECTIONS: the better of the two is the anchor;
//    b. the API as fast as it goes with BENCH_CONNECTIONS (each connection sends when answered): the ratio
//       to pgbench;
//    c. the API at a steady rate of half the last round's pgbench: the rate it keeps and its p50/p99.
//    Beside each, the share of the machine's CPU left idle (a measurement with idle CPU was bounded by its
//    connections, not by the machine), and for b the CPU per request of each process, the load generator's
//    included: it runs on the same two cores.
// 2. The deadline sweep over BENCH_ROWS (1,000,000) open applications of which 1,000 are overdue: EXPLAIN
//    (ANALYZE, BUFFERS) of the claims, then one real pass of both sweeps (DeadlineWatcher.tick) timed.
// Variables: BENCH_SECONDS (10 per measurement), BENCH_WARMUP_SECONDS (5), BENCH_CONNECTIONS (32),
// BENCH_ROUNDS (3), BENCH_ROWS; TEST_DATABASE_URL (a server URL) instead of an embedded PostgreSQL;
// APPLICATIONS_NODE_OPTIONS / GATEWAY_NODE_OPTIONS (e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof`) for the
// service's and the gateway's processes. Needs `pgbench`; wrk is the installed one, else Debian's package
// unpacked into node_modules/.cache (no root needed). Every process it starts is stopped on exit,
// Ctrl-C included.
import 'reflect-metadata';
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { startTestIssuer, type TestIssuer } from '@kzps/auth/testing';
import {
  debianProgram,
  freePort,
  startEmbeddedPostgres,
  stopProcess,
  TestClock,
  type DebianProgram,
} from '@kzps/testing';
import { Client } from 'pg';
import { DeadlineWatcher } from '../src/clocks/deadline-watcher';
import { standardItemId } from '../src/read-model/standard-content-ids';
import {
  inputTopics,
  organizationUpserted,
  publish,
  serviceIncluded,
  standardInForce,
  startApp,
  testConfig,
  testKafka,
} from '../src/test/harness';
import { standardFixture } from '../src/test/standard-fixtures';
import { testCallers, testOrganizations } from '../src/test/world';

const SECONDS = Math.min(Number(process.env.BENCH_SECONDS ?? 10), 120);
const WARMUP_SECONDS = Math.min(Number(process.env.BENCH_WARMUP_SECONDS ?? 5), 60);
/**
 * Requests in flight. pgbench's client waits only on PostgreSQL, so 8 already keep the machine busy; an
 * intake through the API passes three processes in turn (gateway, service, PostgreSQL) and waits for its
 * group commit, and with 8 in flight a quarter of the CPU stayed idle (vmstat, 6 Dec 2026). 32 keep both
 * busy, and pgbench is also run with 8 (`PGBENCH_CLIENTS`) so the anchor is the faster of the two.
 */
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 32);
/** pgbench's client counts: 8, where it is at its best on two cores, and the API's. */
const PGBENCH_CLIENTS = [...new Set([8, CONNECTIONS])];
/**
 * Rounds of pgbench then the API: the machine's speed swings by a third from one minute to the next, so the
 * ratio is measured within each round and the median round's is the result.
 */
const ROUNDS = Math.max(1, Number(process.env.BENCH_ROUNDS ?? 3));
const ROWS = Number(process.env.BENCH_ROWS ?? 1_000_000);
const OVERDUE = 1_000;
const ROOT = join(__dirname, '../../..');
const REGISTER_TS = join(ROOT, 'tools/scripts/register-ts.cjs');

function say(line: string): void {
  process.stdout.write(`${line}\n`);
}

const load = (): string =>
  loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');

/** The processes this script started, stopped in reverse order of starting (the gateway before the service). */
const children: Array<{ name: string; child: ChildProcess }> = [];

/** Starts a process of the system under test; its output goes to this script's stderr, prefixed. */
function startProcess(
  name: string,
  args: string[],
  env: Record<string, string>,
  nodeOptions: string[] = [],
): ChildProcess {
  assertRunning();
  const child = spawn(process.execPath, [...nodeOptions, ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const prefix = `[${name}] `;
  const relay = (chunk: Buffer) =>
    process.stderr.write(
      chunk
        .toString()
        .split('\n')
        .filter(Boolean)
        .map((line) => `${prefix}${line}\n`)
        .join(''),
    );
  child.stdout?.on('data', relay);
  child.stderr?.on('data', relay);
  child.once('exit', (code, signal) => {
    if (!stopping) process.stderr.write(`${prefix}exited (${signal ?? code}) during the benchmark\n`);
  });
  children.push({ name, child });
  return child;
}

let stopping = false;
/** Ctrl-C or SIGTERM: what fails in the measurement afterwards is the stop, not an error to report. */
let interrupted = false;

/** Temporary directories of this run, removed when it ends, however it ends. */
const temporary = new Set<string>();
function temporaryDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  temporary.add(dir);
  return dir;
}
function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
  temporary.delete(dir);
}

/** kafka-lite in its own process, its log on disk; the broker list to give the services. */
function startBroker(port: number, dataDir: string): string {
  startProcess(
    'kafka-lite',
    [
      join(ROOT, 'tools/kafka-lite/bin/kafka-lite.js'),
      '--host',
      '127.0.0.1',
      '--port',
      String(port),
      '--data-dir',
      dataDir,
      '--log-level',
      'warn',
    ],
    {},
  );
  return `127.0.0.1:${port}`;
}

/**
 * Stops every process started, the last started first (the gateway before the service it fronts). The
 * measuring tools (the load generator, pgbench) have nothing to finish and are killed at once, so no request
 * keeps the gateway draining.
 */
async function stopAll(): Promise<void> {
  stopping = true;
  for (const { name, child } of children) {
    if (name === 'load' || name === 'pgbench') child.kill('SIGKILL');
  }
  for (let last = children.pop(); last; last = children.pop()) await stopProcess(last.child);
}

/** A process that has ended (unless a stop already took it off the list). */
function forget(child: ChildProcess): void {
  const index = children.findIndex((c) => c.child === child);
  if (index >= 0) children.splice(index, 1);
}

/** No new process once the run is interrupted. */
function assertRunning(): void {
  if (interrupted) throw new Error('interrupted');
}

async function waitReady(url: string, name: string, timeoutMs = 180_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const ok = await fetch(url).then(
      (response) => response.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${name} was not ready at ${url} within ${timeoutMs / 1000} s`);
}

/** CPU seconds (user + system) a process and its reaped children have used, from /proc; 0 without it. */
function cpuSeconds(pid: number | undefined): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    return [11, 12, 13, 14].reduce((sum, field) => sum + Number(fields[field]), 0) / 100;
  } catch {
    return 0;
  }
}

/** The CPU time of this script's ended children (the load generator, pgbench), from /proc/self/stat. */
function childrenCpuSeconds(): number {
  const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]?.split(' ') ?? [];
  return (Number(fields[13]) + Number(fields[14])) / 100;
}

/** The machine's CPU time so far, all cores, and the part of it idle (idle and iowait), from /proc/stat. */
function machineCpu(): { total: number; idle: number } {
  try {
    const fields = (readFileSync('/proc/stat', 'utf8').split('\n', 1)[0] ?? '')
      .trim()
      .split(/\s+/)
      .slice(1, 9)
      .map(Number);
    return {
      total: fields.reduce((sum, value) => sum + value, 0),
      idle: (fields[3] ?? 0) + (fields[4] ?? 0),
    };
  } catch {
    return { total: 0, idle: 0 };
  }
}

/** Measures `run` and the share (0-1) of the machine's CPU left idle meanwhile. */
async function withIdleShare<T>(run: () => Promise<T>): Promise<{ result: T; idle: number }> {
  const before = machineCpu();
  const result = await run();
  const after = machineCpu();
  const total = after.total - before.total;
  return { result, idle: total > 0 ? (after.idle - before.idle) / total : 0 };
}

const percent = (share: number): string => `${(share * 100).toFixed(0)} %`;

/** The local PostgreSQL server's CPU so far: the postmaster, its ended backends and its live ones. */
function postgresCpu(postmaster: number | undefined): number {
  if (!postmaster) return 0;
  let total = cpuSeconds(postmaster);
  try {
    for (const task of readFileSync(`/proc/${postmaster}/task/${postmaster}/children`, 'utf8').split(' ')) {
      if (task.trim()) total += cpuSeconds(Number(task));
    }
  } catch {
    return 0;
  }
  return total;
}

interface Loaded {
  ok: number;
  non2xx: number;
  /** Connection errors, timeouts included (as autocannon counts them). */
  errors: number;
  p50: number;
  p99: number;
}

/**
 * wrk, Debian's package: the installed one, else unpacked from Debian's packages with its LuaJIT (no root
 * needed). Its usage is its only answer without a URL, with exit status 1.
 */
function wrkProgram(): DebianProgram {
  const multiarch = process.arch === 'arm64' ? 'aarch64-linux-gnu' : 'x86_64-linux-gnu';
  return debianProgram({
    command: 'wrk',
    debianPackage: 'wrk',
    pathInPackage: './usr/bin/wrk',
    versionArgs: ['--version'],
    versionStatus: 1,
    libraries: [
      {
        debianPackage: 'libluajit-5.1-2',
        pathInPackage: `./usr/lib/${multiarch}/libluajit-5.1.so.2.1.0`,
        soname: 'libluajit-5.1.so.2',
      },
    ],
  });
}

/** A latency wrk prints (`25.31ms`, `812.00us`, `1.02s`) in milliseconds. */
function wrkMs(output: string, percentile: number): number {
  const match = new RegExp(`^\\s*${percentile}%\\s+([\\d.]+)(us|ms|s)\\s*$`, 'm').exec(output);
  if (!match) throw new Error(`wrk printed no ${percentile}th percentile:\n${output}`);
  const scale = { us: 0.001, ms: 1, s: 1000 }[match[2] as 'us' | 'ms' | 's'];
  return Number(match[1]) * scale;
}

/**
 * The API as fast as it goes, with wrk: each of the connections sends when answered. wrk is C, as pgbench's
 * client is: autocannon cost 0.11-0.15 ms of CPU per request against wrk's 0.03-0.04 (6 Dec 2026), taken
 * from the two cores the system under test runs on.
 */
async function runWrk(
  wrk: DebianProgram,
  options: { url: string; token: string; body: string; seconds: number },
): Promise<Loaded> {
  assertRunning();
  const dir = temporaryDir('kzps-bench-wrk-');
  const script = join(dir, 'intake.lua');
  writeFileSync(
    script,
    [
      'wrk.method = "POST"',
      // The body is ASCII JSON: as a JSON string it is also a Lua string literal (\" and \\ read the same).
      `wrk.body = ${JSON.stringify(options.body)}`,
      'wrk.headers["Content-Type"] = "application/json"',
      `wrk.headers["Authorization"] = "Bearer ${options.token}"`,
    ].join('\n'),
  );
  const args = ['-t', '2', '-c', String(CONNECTIONS), '-d', `${options.seconds}s`, '--latency', '-s', script];
  const output = await runTool('load', wrk.command, [...args, options.url], wrk.env).finally(() =>
    removeDir(dir),
  );
  const requests = /(\d+) requests in/.exec(output);
  if (!requests) throw new Error(`wrk printed no request count:\n${output}`);
  const non2xx = Number(/Non-2xx or 3xx responses: (\d+)/.exec(output)?.[1] ?? 0);
  const socket = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(output);
  return {
    ok: Number(requests[1]) - non2xx,
    non2xx,
    errors: socket ? socket.slice(1).reduce((sum, count) => sum + Number(count), 0) : 0,
    p50: wrkMs(output, 50),
    p99: wrkMs(output, 99),
  };
}

/** The API at a steady rate, with autocannon (load.ts) in its own process; reads its one JSON line. */
async function runPaced(options: {
  url: string;
  token: string;
  body: string;
  seconds: number;
  rate: number;
}): Promise<Loaded> {
  assertRunning();
  const child = spawn(
    process.execPath,
    ['-r', REGISTER_TS, join(__dirname, 'load.ts'), JSON.stringify({ ...options, connections: CONNECTIONS })],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  children.push({ name: 'load', child });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const [code] = (await once(child, 'exit')) as [number | null];
  forget(child);
  if (code !== 0) throw new Error(`the load generator exited with ${code}`);
  return JSON.parse(output.trim()) as Loaded;
}

/** Runs a measuring tool to its end (stopped with the rest on Ctrl-C); its output, stdout and stderr. */
async function runTool(
  name: 'load' | 'pgbench',
  command: string,
  args: string[],
  env: Record<string, string> = {},
): Promise<string> {
  assertRunning();
  const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  children.push({ name, child });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const [code] = (await once(child, 'exit')) as [number | null];
  forget(child);
  if (code !== 0) throw new Error(`${command} exited with ${code}:\n${output}`);
  return output;
}

/** pgbench, started asynchronously (this script's event loop keeps running); its tps and latency. */
async function runPgbench(
  databaseUrl: string,
  file: string,
  clients: number,
): Promise<{ tps: number; latency: number; failed: number }> {
  const output = await runTool('pgbench', 'pgbench', [
    '-n',
    // Prepared, as the service's intake statement is: PostgreSQL parses and plans each statement once per
    // connection on both sides.
    '-M',
    'prepared',
    '-c',
    String(clients),
    '-j',
    '2',
    '-T',
    String(SECONDS),
    '-f',
    file,
    databaseUrl,
  ]);
  return {
    tps: Number(/tps = ([\d.]+) \(without initial connection time\)/.exec(output)?.[1]),
    latency: Number(/latency average = ([\d.]+) ms/.exec(output)?.[1]),
    failed: Number(/number of failed transactions: (\d+)/.exec(output)?.[1] ?? 0),
  };
}

/** The table's columns, each either taken from the template row `t` or given as an SQL expression. */
async function copyColumns(
  db: Client,
  table: string,
  overrides: Record<string, string>,
): Promise<{ columns: string; values: string }> {
  const { rows } = await db.query<{
    column_name: string;
    column_default: string | null;
    is_identity: string;
  }>(
    `SELECT column_name, column_default, is_identity FROM information_schema.columns
      WHERE table_name = $1 AND table_schema = 'public' ORDER BY ordinal_position`,
    [table],
  );
  // A serial or identity column takes its own next value, as the service's inserts do.
  const copied = rows.filter(
    (r) =>
      r.column_name in overrides || (r.is_identity !== 'YES' && !r.column_default?.startsWith('nextval')),
  );
  return {
    columns: copied.map((r) => r.column_name).join(', '),
    values: copied.map((r) => overrides[r.column_name] ?? `t.${r.column_name}`).join(', '),
  };
}

/** pgbench's script: the four rows of one intake, copied from an application the service wrote. */
async function pgbenchScript(db: Client): Promise<string> {
  const {
    rows: [template],
  } = await db.query<{ id: string; change: string; outbox: string; audit: string }>(
    `SELECT a.id,
            (SELECT id FROM application_status_change WHERE application_id = a.id LIMIT 1) AS change,
            (SELECT id FROM outbox_message WHERE message_key = a.id::text LIMIT 1) AS outbox,
            (SELECT id FROM audit_record WHERE resource_id = a.id::text LIMIT 1) AS audit
       FROM application a LIMIT 1`,
  );
  if (!template?.change || !template.outbox || !template.audit) throw new Error('no template rows');
  const application = await copyColumns(db, 'application', {
    id: ':aid::uuid',
    // As long as a tracking number (10 characters), from the application's id: 60 random bits in base64. The
    // UUID's first 10 characters held 36 (one is a dash): among three rounds' ~100,000 rows a duplicate on
    // the unique index had a chance of about 7 %, and pgbench exited on it.
    tracking_number: `left(encode(uuid_send(:aid::uuid), 'base64'), 10)`,
  });
  const change = await copyColumns(db, 'application_status_change', {
    id: 'gen_random_uuid()',
    application_id: ':aid::uuid',
  });
  const outbox = await copyColumns(db, 'outbox_message', {
    event_id: 'gen_random_uuid()',
    message_key: ':aid::text',
  });
  const audit = await copyColumns(db, 'audit_record', { id: 'gen_random_uuid()', resource_id: ':aid::text' });
  return [
    `SELECT gen_random_uuid() AS aid \\gset`,
    'BEGIN;',
    `INSERT INTO application (${application.columns}) SELECT ${application.values} FROM application t WHERE t.id = '${template.id}';`,
    `INSERT INTO application_status_change (${change.columns}) SELECT ${change.values} FROM application_status_change t WHERE t.id = '${template.change}';`,
    `INSERT INTO outbox_message (${outbox.columns}) SELECT ${outbox.values} FROM outbox_message t WHERE t.id = '${template.outbox}';`,
    `INSERT INTO audit_record (${audit.columns}) SELECT ${audit.values} FROM audit_record t WHERE t.id = '${template.audit}';`,
    'COMMIT;',
  ].join('\n');
}

/** pgbench's faster run of a round: its client count and the share of the CPU it left idle. */
interface PgbenchRun {
  tps: number;
  latency: number;
  cpuMs: number;
  clients: number;
  idle: number;
}

/** The API as fast as it goes in a round, with each process's CPU per request. */
type ApiRun = Loaded & {
  rate: number;
  cpu: { gateway: number; service: number; postgres: number; load: number };
  idle: number;
};

/** One round of the intake: pgbench, then the API, within a minute. */
interface Round {
  pgbench: PgbenchRun;
  api: ApiRun;
  ratio: number;
}

interface Summary {
  rounds: Round[];
  steady?: Loaded & { asked: number; rate: number };
  sweepMs?: number;
  /** CPU the pass took: this process (the replica, its outbox relay included) and PostgreSQL. */
  sweepCpu?: { node: number; postgres: number };
  loads: string[];
}
const summary: Summary = { rounds: [], loads: [] };

/** Waits until no transaction is open on the database but this one, twice in a row. */
async function settled(db: Client): Promise<void> {
  let quiet = 0;
  for (let attempt = 0; quiet < 2 && attempt < 600; attempt += 1) {
    const { rows } = await db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM pg_stat_activity
        WHERE datname = current_database() AND xact_start IS NOT NULL AND pid <> pg_backend_pid()`,
    );
    quiet = rows[0]?.n === 0 ? quiet + 1 : 0;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** What a round's measurements run against. */
interface Measured {
  databaseUrl: string;
  file: string;
  postmaster: number | undefined;
  gateway: ChildProcess;
  service: ChildProcess;
  wrk: DebianProgram;
  url: string;
  token: string;
  body: string;
}

/** a. pgbench alone, with each client count; the faster is the round's anchor. */
async function measurePgbench(db: Client, m: Measured): Promise<PgbenchRun> {
  let best: PgbenchRun | undefined;
  for (const clients of PGBENCH_CLIENTS) {
    await settled(db);
    summary.loads.push(load());
    const pgCpu = postgresCpu(m.postmaster);
    const { result: pg, idle } = await withIdleShare(() => runPgbench(m.databaseUrl, m.file, clients));
    const pgCpuMs = ((postgresCpu(m.postmaster) - pgCpu) / Math.max(pg.tps * SECONDS, 1)) * 1000;
    if (pg.failed > 0) throw new Error(`pgbench: ${pg.failed} transactions failed`);
    say(
      `pgbench  the same four-row transaction, ${clients} clients: ${pg.tps.toFixed(0)} tps, latency ` +
        `average ${pg.latency} ms` +
        (m.postmaster ? `, PostgreSQL CPU ${pgCpuMs.toFixed(2)} ms/transaction` : '') +
        `, CPU idle ${percent(idle)} (load ${load()})`,
    );
    if (!best || pg.tps > best.tps)
      best = { tps: pg.tps, latency: pg.latency, cpuMs: pgCpuMs, clients, idle };
  }
  if (!best) throw new Error('pgbench did not run');
  return best;
}

/** b. The API as fast as it goes, with the CPU each process spent per request. */
async function measureApi(db: Client, m: Measured): Promise<ApiRun> {
  await settled(db);
  summary.loads.push(load());
  const before = {
    gateway: cpuSeconds(m.gateway.pid),
    service: cpuSeconds(m.service.pid),
    postgres: postgresCpu(m.postmaster),
    load: childrenCpuSeconds(),
  };
  const { result: api, idle } = await withIdleShare(() =>
    runWrk(m.wrk, { url: m.url, token: m.token, body: m.body, seconds: SECONDS }),
  );
  if (api.non2xx > 0 || api.errors > 0) {
    throw new Error(`the API answered ${api.non2xx} non-2xx, ${api.errors} errors`);
  }
  const perRequest = (seconds: number) => (seconds / Math.max(api.ok, 1)) * 1000;
  const cpu = {
    gateway: perRequest(cpuSeconds(m.gateway.pid) - before.gateway),
    service: perRequest(cpuSeconds(m.service.pid) - before.service),
    postgres: perRequest(postgresCpu(m.postmaster) - before.postgres),
    load: perRequest(childrenCpuSeconds() - before.load),
  };
  say(
    `API      POST /api/v1/applications, ${CONNECTIONS} connections: ${api.ok} accepted, ` +
      `${(api.ok / SECONDS).toFixed(0)} /s, p50 ${api.p50} ms, p99 ${api.p99} ms, CPU idle ${percent(idle)} ` +
      `(load ${load()})`,
  );
  say(
    `         CPU per request: gateway ${cpu.gateway.toFixed(2)} ms, applications-svc ` +
      `${cpu.service.toFixed(2)} ms` +
      (m.postmaster ? `, PostgreSQL ${cpu.postgres.toFixed(2)} ms` : '') +
      `, load generator ${cpu.load.toFixed(2)} ms`,
  );
  return { ...api, rate: api.ok / SECONDS, cpu, idle };
}

/** The round whose ratio is the median (the lower middle one of an even number). */
function medianRound(rounds: Round[]): Round {
  const sorted = [...rounds].sort((a, b) => a.ratio - b.ratio);
  const middle = sorted[Math.floor((sorted.length - 1) / 2)];
  if (!middle) throw new Error('no intake round ran');
  return middle;
}

async function intake(
  databaseUrl: string,
  db: Client,
  issuer: TestIssuer,
  postmaster: number | undefined,
  wrk: DebianProgram,
): Promise<void> {
  const brokerPort = await freePort();
  const servicePort = await freePort();
  const gatewayPort = await freePort();
  const brokerDir = temporaryDir('kzps-bench-kafka-');
  const nodeOptions = (name: string): string[] => (process.env[name] ?? '').split(' ').filter(Boolean);
  try {
    const brokers = startBroker(brokerPort, brokerDir);
    const service = startProcess(
      'applications-svc',
      ['-r', REGISTER_TS, join(ROOT, 'apps/applications-svc/src/main.ts')],
      {
        ...issuer.env,
        PORT: String(servicePort),
        DATABASE_URL: databaseUrl,
        KAFKA_BROKERS: brokers,
        LOG_LEVEL: 'warn',
        DEADLINE_WATCH_INTERVAL_MS: '0',
      },
      nodeOptions('APPLICATIONS_NODE_OPTIONS'),
    );
    const gateway = startProcess(
      'gateway',
      ['-r', REGISTER_TS, join(ROOT, 'apps/gateway/src/main.ts')],
      {
        ...issuer.env,
        PORT: String(gatewayPort),
        AUTH_EMBEDDED: 'false',
        APPLICATIONS_URL: `http://127.0.0.1:${servicePort}`,
        KAFKA_BROKERS: brokers,
        // When its time is up the load generator drops the connections of requests in flight, which the
        // gateway logs as errors; the benchmark counts failures from the load generator's side.
        LOG_LEVEL: 'fatal',
        RATE_LIMIT_PER_SUBJECT: '100000000',
        RATE_LIMIT_PER_IP: '100000000',
        SWAGGER_ENABLED: 'false',
      },
      nodeOptions('GATEWAY_NODE_OPTIONS'),
    );
    const gatewayUrl = `http://127.0.0.1:${gatewayPort}`;
    await waitReady(`http://127.0.0.1:${servicePort}/health/ready`, 'applications-svc');
    await waitReady(`${gatewayUrl}/health/live`, 'gateway');

    // The registry's organisations and a service with its standard in force, as the other services publish
    // them; the service takes them into its read model from the broker.
    const at = new Date();
    const organizations = testOrganizations();
    const kafka = testKafka(brokers);
    await publish(
      kafka,
      inputTopics.organizations,
      Object.values(organizations).map((o) => organizationUpserted(o, at)),
    );
    const serviceId = crypto.randomUUID();
    const parties = {
      serviceId,
      ownerId: organizations.ministry.id,
      providerIds: [organizations.ministry.id],
    };
    const standard = standardFixture(parties);
    await publish(kafka, inputTopics.services, [
      serviceIncluded({ id: serviceId, ownerId: parties.ownerId, providerIds: parties.providerIds }, at),
    ]);
    await publish(kafka, inputTopics.standards, [standardInForce(standard, at)]);
    await waitReady(`${gatewayUrl}/api/v1/applications/services/${serviceId}/standard`, 'the standard');
    // The organisations come on another topic than the standard: wait for them too (bounded).
    for (let attempt = 0; attempt < 200; attempt += 1) {
      const { rows } = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM organization_ref`);
      if (rows[0]?.n === Object.keys(organizations).length) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }

    const token = await issuer.token(testCallers(organizations).operator, { ttlSeconds: 3_600 });
    const body = JSON.stringify({
      serviceId,
      channel: 'psc',
      recipient: { iin: '900315401233' },
      documentIds: [0, 1, 2].map((i) => standardItemId(standard.versionId, 'documents', i)),
      identificationMethod: 'identity_document',
    });
    const url = `${gatewayUrl}/api/v1/applications`;
    say(
      `intake   PSC applications through the gateway, ${CONNECTIONS} connections, ${SECONDS} s each ` +
        `after a ${WARMUP_SECONDS} s warm-up (load ${load()})`,
    );
    const warm = await runWrk(wrk, { url, token, body, seconds: WARMUP_SECONDS });
    if (warm.ok === 0 || warm.non2xx > 0) {
      throw new Error(`the warm-up was answered ${warm.ok} 2xx, ${warm.non2xx} non-2xx`);
    }
    await settled(db);

    const dir = temporaryDir('kzps-bench-pgbench-');
    const file = join(dir, 'intake.sql');
    writeFileSync(file, await pgbenchScript(db));
    const measured = { databaseUrl, file, postmaster, gateway, service, wrk, url, token, body };
    for (let round = 1; round <= ROUNDS; round += 1) {
      say(`round ${round} of ${ROUNDS}`);
      const pgbench = await measurePgbench(db, measured);
      const api = await measureApi(db, measured);
      summary.rounds.push({ pgbench, api, ratio: api.rate / pgbench.tps });
    }
    removeDir(dir);

    // c. The API at a steady half of pgbench's rate.
    await settled(db);
    // Half of the last round's anchor, the one measured closest in time.
    const anchor = summary.rounds[summary.rounds.length - 1]?.pgbench.tps ?? 0;
    const asked = Math.max(1, Math.round(anchor / 2));
    const steady = await runPaced({ url, token, body, seconds: SECONDS, rate: asked });
    summary.steady = { ...steady, asked, rate: steady.ok / SECONDS };
    say(
      `API      at a steady ${asked} /s (half of the last round's pgbench): ` +
        `${(steady.ok / SECONDS).toFixed(0)} /s kept, ` +
        `p50 ${steady.p50} ms, p99 ${steady.p99} ms, ${steady.non2xx} non-2xx (load ${load()})`,
    );
    await settled(db);
  } finally {
    await stopAll();
    stopping = false;
    removeDir(brokerDir);
  }
}

/** The plan's lines that say how the rows were found, and its timing. */
function keyLines(plan: string[]): string[] {
  return plan.filter((line) =>
    /Index|Seq Scan|Limit|LockRows|Sort|Buffers|Execution Time|Planning Time|rows=/.test(line),
  );
}

async function sweep(
  databaseUrl: string,
  db: Client,
  issuer: TestIssuer,
  postmaster: number | undefined,
): Promise<void> {
  const sweepAt = new Date();
  // One application the service wrote is the template of all the others.
  await db.query(`CREATE TABLE bench_template AS SELECT * FROM application LIMIT 1`);
  await db.query(`TRUNCATE application, application_status_change, outbox_message, audit_record CASCADE`);
  // Open applications: the first OVERDUE due before the sweep (their result not at the PSC either), the others
  // weeks after it.
  const { columns, values } = await copyColumns(db, 'application', {
    id: 'gen_random_uuid()',
    tracking_number: `'B' || lpad(i::text, 9, '0')`,
    status: `CASE WHEN i % 2 = 0 THEN 'accepted' ELSE 'in_work' END`,
    due_at: `CASE WHEN i <= ${OVERDUE} THEN $1::timestamptz - interval '1 day' - i * interval '1 second'
                  ELSE $1::timestamptz + interval '30 days' + i * interval '1 second' END`,
    handover_due_at: `CASE WHEN i <= ${OVERDUE} THEN $1::timestamptz - interval '2 days' - i * interval '1 second'
                           ELSE $1::timestamptz + interval '29 days' + i * interval '1 second' END`,
    overdue_raised_at: 'NULL',
    handover_late_raised_at: 'NULL',
  });
  const started = performance.now();
  await db.query(
    `INSERT INTO application (${columns})
     SELECT ${values} FROM generate_series(1, ${ROWS}) AS i, bench_template AS t`,
    [sweepAt],
  );
  await db.query(`DROP TABLE bench_template`);
  await db.query(`VACUUM ANALYZE application`);
  say(
    `\nsweep    ${ROWS.toLocaleString('en')} open applications, ${OVERDUE} overdue ` +
      `(generated in ${((performance.now() - started) / 1000).toFixed(0)} s)`,
  );

  const explain = async (title: string, sql: string, parameters: unknown[]): Promise<void> => {
    await db.query('BEGIN');
    try {
      const { rows } = await db.query<{ 'QUERY PLAN': string }>(
        `EXPLAIN (ANALYZE, BUFFERS) ${sql}`,
        parameters,
      );
      say(`EXPLAIN (ANALYZE, BUFFERS) ${title}:`);
      for (const line of keyLines(rows.map((row) => row['QUERY PLAN']))) say(`  ${line}`);
    } finally {
      await db.query('ROLLBACK');
    }
  };
  for (const [title, sql] of Object.entries(DeadlineWatcher.claims)) {
    await explain(`the ${title} claim (batch 500)`, sql, [sweepAt, 500]);
  }
  await explain('the tracking-number lookup', `SELECT * FROM application WHERE tracking_number = $1`, [
    `B${String(Math.floor(ROWS / 2)).padStart(9, '0')}`,
  ]);

  // One replica's pass, in this process: nothing else runs now.
  const brokerPort = await freePort();
  const brokerDir = temporaryDir('kzps-bench-kafka-');
  const brokers = startBroker(brokerPort, brokerDir);
  const app = await startApp(testConfig({ databaseUrl, issuer, brokers }), new TestClock(sweepAt));
  try {
    const watcher = app.get(DeadlineWatcher);
    summary.loads.push(load());
    const begun = performance.now();
    const cpu = { node: process.cpuUsage(), postgres: postgresCpu(postmaster) };
    const raised = await watcher.tick();
    const ms = performance.now() - begun;
    const used = process.cpuUsage(cpu.node);
    summary.sweepMs = ms;
    summary.sweepCpu = {
      node: (used.user + used.system) / 1000,
      postgres: (postgresCpu(postmaster) - cpu.postgres) * 1000,
    };
    const { rows } = await db.query<{ overdue: number; late: number }>(
      `SELECT count(*) FILTER (WHERE overdue_raised_at IS NOT NULL)::int AS overdue,
              count(*) FILTER (WHERE handover_late_raised_at IS NOT NULL)::int AS late FROM application`,
    );
    const check = rows[0];
    if (check?.overdue !== OVERDUE || check.late !== OVERDUE) {
      throw new Error(`the sweep raised ${JSON.stringify(check)}, expected ${OVERDUE} of each`);
    }
    say(
      `one pass of both sweeps (DeadlineWatcher.tick): ${raised} events raised ` +
        `(${check.overdue} overdue, ${check.late} handovers late), each with its outbox and audit rows, ` +
        `in ${ms.toFixed(0)} ms (load ${load()}); CPU: this replica ${summary.sweepCpu.node.toFixed(0)} ms` +
        (postmaster ? `, PostgreSQL ${summary.sweepCpu.postgres.toFixed(0)} ms` : ''),
    );
  } finally {
    await app.close();
    await stopAll();
    stopping = false;
    removeDir(brokerDir);
  }
}

function printSummary(): void {
  const { rounds, steady, sweepMs } = summary;
  say('\nsummary');
  rounds.forEach(({ pgbench, api, ratio }, index) => {
    say(
      `  round ${index + 1}: pgbench ${pgbench.tps.toFixed(0)} tps (${pgbench.clients} clients, CPU idle ` +
        `${percent(pgbench.idle)}), API ${api.rate.toFixed(0)} /s (p50 ${api.p50} ms, p99 ${api.p99} ms, CPU idle ` +
        `${percent(api.idle)}), ratio ${ratio.toFixed(2)}`,
    );
  });
  if (rounds.length > 0 && steady) {
    const { pgbench, api, ratio } = medianRound(rounds);
    say(
      `  ratio API / pgbench             ${ratio.toFixed(2)}, the median of ${rounds.length} rounds ` +
        `(${CONNECTIONS} connections)   (goal >= 0.5, p99 < 100 ms)`,
    );
    say(
      `  API at a steady ${steady.asked} /s       ${steady.rate.toFixed(0)} /s kept, p50 ${steady.p50} ms, ` +
        `p99 ${steady.p99} ms   (goal: kept, p99 < 100 ms)`,
    );
    say(
      `  CPU per request, median round   gateway ${api.cpu.gateway.toFixed(2)} ms + service ` +
        `${api.cpu.service.toFixed(2)} ms + PostgreSQL ${api.cpu.postgres.toFixed(2)} ms (load generator ` +
        `${api.cpu.load.toFixed(2)} ms); pgbench's PostgreSQL ${pgbench.cpuMs.toFixed(2)} ms`,
    );
    // On a machine with nothing else running, the rates' ratio tends to this one (the load generator's and
    // pgbench's own CPU aside).
    const apiCpu = api.cpu.gateway + api.cpu.service + api.cpu.postgres;
    say(`  CPU ratio pgbench / API         ${(pgbench.cpuMs / apiCpu).toFixed(2)}`);
  }
  if (sweepMs !== undefined && summary.sweepCpu) {
    say(
      `  sweep pass, ${ROWS.toLocaleString('en')} open, 2,000 events   ${sweepMs.toFixed(0)} ms ` +
        `(CPU: replica ${summary.sweepCpu.node.toFixed(0)} ms, PostgreSQL ` +
        `${summary.sweepCpu.postgres.toFixed(0)} ms)   (goal < 1,000 ms)`,
    );
  }
  say(`  load average before each measurement: ${summary.loads.join(' | ')}`);
}

async function main(): Promise<void> {
  // Before anything starts: a machine that cannot have wrk fails at once.
  const wrk = wrkProgram();
  const given = process.env.TEST_DATABASE_URL;
  const embedded = given ? undefined : await startEmbeddedPostgres();
  // Stopped once, whether by the run's end or by a signal during it.
  let postgresStopped: Promise<void> | undefined;
  const stopPostgres = () => (postgresStopped ??= embedded?.stop() ?? Promise.resolve());
  const stopEverything = async (code: number) => {
    interrupted = true;
    await stopAll();
    await stopPostgres();
    process.exit(code);
  };
  process.once('SIGINT', () => void stopEverything(130));
  process.once('SIGTERM', () => void stopEverything(143));
  // Last resort: no child outlives this script.
  process.on('exit', () => {
    for (const { child } of children) child.kill('SIGKILL');
    for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
  });
  const serverUrl = given ?? embedded?.url ?? '';
  const issuer = await startTestIssuer();
  const name = `applications_bench_${process.pid}`;
  const admin = new Client({ connectionString: serverUrl });
  // A server stopped under an interrupted run ends these connections; the stop is already under way.
  admin.on('error', () => undefined);
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const databaseUrl = url.toString();
  const db = new Client({ connectionString: databaseUrl });
  db.on('error', () => undefined);
  try {
    // The backend's parent is the postmaster when the server is on this machine.
    const {
      rows: [self],
    } = await admin.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
    const postmaster = given ? undefined : parentOf(self?.pid);
    await intake(databaseUrl, await connected(db), issuer, postmaster, wrk);
    await sweep(databaseUrl, db, issuer, postmaster);
    printSummary();
  } finally {
    await db.end().catch(() => undefined);
    await stopAll();
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch(() => undefined);
    await admin.end();
    await issuer.close();
    await stopPostgres();
  }
}

async function connected(db: Client): Promise<Client> {
  await db.connect();
  return db;
}

function parentOf(pid: number | undefined): number | undefined {
  try {
    return Number(readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ')[1]);
  } catch {
    return undefined;
  }
}

main().catch((error: unknown) => {
  if (interrupted) return;
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
