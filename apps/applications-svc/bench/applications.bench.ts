// Benchmark of applications-svc, not a test. Run from the repository root:
//   npm run bench:applications
// 1. Intake: PSC applications POSTed over HTTP to the service (autocannon, BENCH_CONNECTIONS for
//    BENCH_SECONDS), then pgbench running the same transaction (the application row, its history row, the
//    outbox row, the audit row, copied from a row the service wrote) on the same database in the same run; the
//    ratio of the two rates is the figure.
// 2. The deadline sweep over BENCH_ROWS (1,000,000) open applications of which 1,000 are overdue: EXPLAIN
//    (ANALYZE, BUFFERS) of the overdue claim and of the tracking-number lookup, then one real pass of both
//    sweeps (DeadlineWatcher.tick) timed.
// Uses TEST_DATABASE_URL (a server URL) when set, else starts an embedded PostgreSQL; needs `pgbench`.
import 'reflect-metadata';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmbeddedPostgres, TestClock } from '@kzps/testing';
import autocannon from 'autocannon';
import { DataSource } from 'typeorm';
import { DeadlineWatcher } from '../src/clocks/deadline-watcher';
import { standardItemId } from '../src/read-model/standard-content-ids';
import { startService, type RunningService } from '../src/test/harness';
import {
  publishOrganizations,
  publishServiceInForce,
  testCallers,
  testOrganizations,
} from '../src/test/world';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 8);
const ROWS = Number(process.env.BENCH_ROWS ?? 1_000_000);
const OVERDUE = 1_000;
// Thursday 19 March 2026, 10:00 in Astana: every application is accepted then; the sweep runs a week later.
const acceptedAt = new Date('2026-03-19T05:00:00Z');
const sweepAt = new Date('2026-03-26T05:00:00Z');

function say(line: string): void {
  process.stdout.write(`${line}\n`);
}

/** The table's columns, each either taken from the template row `t` or given as an SQL expression. */
async function copyColumns(
  data: DataSource,
  table: string,
  overrides: Record<string, string>,
): Promise<{ columns: string; values: string }> {
  const rows: Array<{ column_name: string; column_default: string | null; is_identity: string }> =
    await data.query(
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

async function intake(service: RunningService, serviceId: string, versionId: string): Promise<void> {
  const callers = testCallers(organizations);
  const token = await service.issuer.token(callers.operator);
  await service.app.listen({ port: 0, host: '127.0.0.1' });
  const address = service.app.getHttpServer().address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const body = JSON.stringify({
    serviceId,
    channel: 'psc',
    recipient: { iin: '900315401233' },
    documentIds: [0, 1, 2].map((i) => standardItemId(versionId, 'documents', i)),
    identificationMethod: 'identity_document',
  });
  const run = (duration: number) =>
    autocannon({
      url: `http://127.0.0.1:${port}/api/v1/applications`,
      method: 'POST',
      connections: CONNECTIONS,
      duration,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body,
    });
  await run(3); // warm-up: JIT, pools, the issuer's keys cached
  const result = await run(SECONDS);
  const accepted = result['2xx'];
  if (result.non2xx > 0) throw new Error(`intake answered ${result.non2xx} non-2xx`);
  const apiRate = accepted / SECONDS;
  // Requests still in flight when autocannon stopped end before pgbench (whose spawnSync blocks this loop).
  await settled(service);
  say(
    `service  POST /api/v1/applications  ${CONNECTIONS} connections, ${SECONDS} s: ${accepted} accepted, ` +
      `${apiRate.toFixed(0)} /s  p50 ${result.latency.p50} ms  p99 ${result.latency.p99} ms  ` +
      `(${result.timeouts} timed out after 10 s, ${result.errors} errors)`,
  );

  // pgbench: the same four rows per transaction, copied from one application the service wrote.
  const data = service.app.get(DataSource);
  const [template]: Array<{ id: string; change: string; outbox: string; audit: string }> = await data.query(
    `SELECT a.id,
            (SELECT id FROM application_status_change WHERE application_id = a.id LIMIT 1) AS change,
            (SELECT id FROM outbox_message WHERE message_key = a.id::text LIMIT 1) AS outbox,
            (SELECT id FROM audit_record WHERE resource_id = a.id::text LIMIT 1) AS audit
       FROM application a LIMIT 1`,
  );
  if (!template?.change || !template.outbox || !template.audit) throw new Error('no template rows');
  const application = await copyColumns(data, 'application', {
    id: `':aid'::uuid`,
    tracking_number: `':aid'`,
  });
  const change = await copyColumns(data, 'application_status_change', {
    id: 'gen_random_uuid()',
    application_id: `':aid'::uuid`,
  });
  const outbox = await copyColumns(data, 'outbox_message', {
    event_id: 'gen_random_uuid()',
    message_key: `':aid'`,
  });
  const audit = await copyColumns(data, 'audit_record', { id: 'gen_random_uuid()', resource_id: `':aid'` });
  const script = [
    `SELECT gen_random_uuid() AS aid \\gset`,
    'BEGIN;',
    `INSERT INTO application (${application.columns}) SELECT ${application.values} FROM application t WHERE t.id = '${template.id}';`,
    `INSERT INTO application_status_change (${change.columns}) SELECT ${change.values} FROM application_status_change t WHERE t.id = '${template.change}';`,
    `INSERT INTO outbox_message (${outbox.columns}) SELECT ${outbox.values} FROM outbox_message t WHERE t.id = '${template.outbox}';`,
    `INSERT INTO audit_record (${audit.columns}) SELECT ${audit.values} FROM audit_record t WHERE t.id = '${template.audit}';`,
    'COMMIT;',
  ].join('\n');
  const dir = mkdtempSync(join(tmpdir(), 'kzps-bench-pgbench-'));
  const file = join(dir, 'intake.sql');
  writeFileSync(file, script);
  const output = execFileSync(
    'pgbench',
    [
      '-n',
      '-M',
      'simple',
      '-c',
      String(CONNECTIONS),
      '-j',
      '2',
      '-T',
      String(SECONDS),
      '-f',
      file,
      service.databaseUrl,
    ],
    { encoding: 'utf8' },
  );
  rmSync(dir, { recursive: true, force: true });
  const tps = Number(/tps = ([\d.]+) \(without initial connection time\)/.exec(output)?.[1]);
  const latency = /latency average = ([\d.]+) ms/.exec(output)?.[1];
  say(
    `pgbench  the same transaction  ${CONNECTIONS} connections, ${SECONDS} s: ${tps.toFixed(0)} tps  ` +
      `latency average ${latency} ms`,
  );
  say(`ratio    service / pgbench = ${(apiRate / tps).toFixed(2)}`);
}

/** Waits until no transaction of the service is open on its database, twice in a row. */
async function settled(service: RunningService): Promise<void> {
  const data = service.app.get(DataSource);
  let quiet = 0;
  while (quiet < 2) {
    const [row]: Array<{ n: number }> = await data.query(
      `SELECT count(*)::int AS n FROM pg_stat_activity
        WHERE datname = current_database() AND xact_start IS NOT NULL AND pid <> pg_backend_pid()`,
    );
    quiet = row?.n === 0 ? quiet + 1 : 0;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** The plan's lines that say how the rows were found, and its timing. */
function keyLines(plan: string[]): string[] {
  return plan.filter((line) =>
    /Index|Seq Scan|Limit|LockRows|Sort|Buffers|Execution Time|Planning Time|rows=/.test(line),
  );
}

async function sweep(service: RunningService): Promise<void> {
  const data = service.app.get(DataSource);
  // One application the service wrote is the template of all the others.
  await data.query(`CREATE TABLE bench_template AS SELECT * FROM application LIMIT 1`);
  await data.query(`DELETE FROM application_status_change`);
  await data.query(`DELETE FROM outbox_message`);
  await data.query(`DELETE FROM application`);
  // Open applications: the first OVERDUE due before the sweep (their result not at the PSC either), the others
  // weeks after it.
  const { columns, values } = await copyColumns(data, 'application', {
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
  let started = performance.now();
  await data.query(
    `INSERT INTO application (${columns})
     SELECT ${values} FROM generate_series(1, ${ROWS}) AS i, bench_template AS t`,
    [sweepAt],
  );
  await data.query(`DROP TABLE bench_template`);
  await data.query(`VACUUM ANALYZE application`);
  say(
    `\nsweep    ${ROWS.toLocaleString('en')} open applications, ${OVERDUE} overdue ` +
      `(generated in ${((performance.now() - started) / 1000).toFixed(0)} s)`,
  );

  const explain = async (title: string, sql: string, parameters: unknown[]): Promise<void> => {
    const runner = data.createQueryRunner();
    await runner.startTransaction();
    try {
      const rows: Array<{ 'QUERY PLAN': string }> = await runner.query(
        `EXPLAIN (ANALYZE, BUFFERS) ${sql}`,
        parameters,
      );
      say(`EXPLAIN (ANALYZE, BUFFERS) ${title}:`);
      for (const line of keyLines(rows.map((row) => row['QUERY PLAN']))) say(`  ${line}`);
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
  };
  // The overdue sweep's claim as DeadlineWatcher sends it (batch 500).
  await explain(
    'the overdue claim',
    `SELECT id FROM application
      WHERE status IN ('accepted', 'in_work') AND overdue_raised_at IS NULL AND due_at < $1
      ORDER BY due_at LIMIT $2 FOR UPDATE SKIP LOCKED`,
    [sweepAt, 500],
  );
  await explain('the tracking-number lookup', `SELECT * FROM application WHERE tracking_number = $1`, [
    `B${String(Math.floor(ROWS / 2)).padStart(9, '0')}`,
  ]);

  started = performance.now();
  const raised = await service.app.get(DeadlineWatcher).tick();
  const ms = performance.now() - started;
  const [check]: Array<{ overdue: number; late: number }> = await data.query(
    `SELECT count(*) FILTER (WHERE overdue_raised_at IS NOT NULL)::int AS overdue,
            count(*) FILTER (WHERE handover_late_raised_at IS NOT NULL)::int AS late FROM application`,
  );
  if (check?.overdue !== OVERDUE || check.late !== OVERDUE) {
    throw new Error(`the sweep raised ${JSON.stringify(check)}, expected ${OVERDUE} of each`);
  }
  say(
    `one pass of both sweeps (DeadlineWatcher.tick): ${raised} events raised ` +
      `(${check.overdue} overdue, ${check.late} handovers late), each with its outbox and audit rows, ` +
      `in ${ms.toFixed(0)} ms`,
  );
}

const organizations = testOrganizations();

async function main(): Promise<void> {
  const given = process.env.TEST_DATABASE_URL;
  const embedded = given ? undefined : await startEmbeddedPostgres();
  process.env.TEST_DATABASE_URL = given ?? embedded?.url;
  const clock = new TestClock(acceptedAt);
  const service = await startService('applications_bench', clock);
  try {
    await publishOrganizations(service.app, service.kafka, organizations, acceptedAt);
    const standard = await publishServiceInForce(service.app, service.kafka, organizations, acceptedAt);
    await intake(service, standard.serviceId, standard.versionId);
    clock.set(sweepAt);
    await sweep(service);
  } finally {
    await service.stop();
    await embedded?.stop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
