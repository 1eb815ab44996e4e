// Benchmark of monitoring-svc, not a test. Run from the repository root:
//   npm run bench:monitoring
// 1. The projections keep up: a generated stream of applications and complaints events (BENCH_APPLICATIONS
//    applications' activity, monthOfActivity) is written to the outboxes of two producer databases, as
//    applications-svc and complaints-svc write them; their relays publish it to the broker and the service's
//    consumers apply it. Printed: the relays' own rate (events/s until both outboxes are drained) beside the
//    events/s the consumers applied (until every event has its inbox row), in the same run.
// 2. The dashboard read over BENCH_ROWS (1,000,000) applications: the projection tables are loaded with what
//    that many applications' events would have counted (generated set-based in SQL, as the projector counts
//    them), then the REST read is timed with the dashboard's usual filters (BENCH_READS sequential requests
//    each, at most ~30 s per filter, after a warm-up), then each one's EXPLAIN (ANALYZE).
// Uses TEST_DATABASE_URL (a server URL) when set, else starts an embedded PostgreSQL. Bounded: every wait
// has a time limit and everything started is stopped, also on failure. Ends with one SUMMARY line.
import 'reflect-metadata';
import { loadavg } from 'node:os';
import { randomUUID } from 'node:crypto';
import type { IdentityClaimsInput } from '@kzps/auth';
import type { EventEnvelope } from '@kzps/contracts';
import { OutboxRelay, OutboxWriter, messagingEntities, messagingMigrations } from '@kzps/messaging';
import {
  createTestDatabase,
  eventually,
  startEmbeddedPostgres,
  TestClock,
  type TestDatabase,
} from '@kzps/testing';
import { DataSource } from 'typeorm';
import { IndicatorsQueryDto } from '../src/indicators/dto/indicators-query.dto';
import { IndicatorsService } from '../src/indicators/indicators.service';
import { BackfillIndicatorRollups1798000300001 } from '../src/migrations/1798000300001-backfill-indicator-rollups.migration';
import { monthOfActivity } from '../src/test/activity';
import { startService, type RunningService } from '../src/test/harness';

const APPLICATIONS = Number(process.env.BENCH_APPLICATIONS ?? 3_000);
const ROWS = Number(process.env.BENCH_ROWS ?? 1_000_000);
const READS = Number(process.env.BENCH_READS ?? 100);
const SHAPE_SECONDS = 30;
const WAIT = { timeoutMs: 600_000, intervalMs: 100 };
/** The generated year's owners: an owner's officer reads one of them. */
const OWNERS = 25;
const SERVICES = 300;
const REGIONS = 17;

/** A v4-shaped UUID derived from a text (the API validates ids as UUIDs), as SQL. */
function uuidOf(text: string): string {
  return `overlay(overlay(md5(${text}) placing '4' from 13) placing '8' from 17)::uuid`;
}

function say(line: string): void {
  process.stdout.write(`${line}\n`);
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? NaN;
}

/** A producing service's database with the messaging tables: its outbox, and the relay reading it. */
async function producer(
  name: string,
  service: RunningService,
): Promise<{ database: TestDatabase; data: DataSource; relay: OutboxRelay; writer: OutboxWriter }> {
  const database = await createTestDatabase(`bench_${name.replace('-', '_')}`);
  const data = await new DataSource({
    type: 'postgres',
    url: database.url,
    entities: messagingEntities,
    migrations: messagingMigrations,
    migrationsRun: true,
    logging: ['error'],
  }).initialize();
  const relay = new OutboxRelay({
    kafka: service.kafka,
    dataSource: data,
    serviceName: name,
    batchSize: 500,
  });
  return { database, data, relay, writer: new OutboxWriter({ serviceName: name }) };
}

async function count(data: DataSource, sql: string): Promise<number> {
  const [row] = await data.query<Array<{ n: number }>>(sql);
  return row?.n ?? 0;
}

/** Part 1: events/s applied by the consumers beside the relays' own rate. */
async function keepUp(
  service: RunningService,
): Promise<{ events: number; relayed: number; applied: number }> {
  const activity = monthOfActivity(APPLICATIONS);
  const streams: Array<[string, EventEnvelope[]]> = [
    ['applications-svc', activity.applications],
    ['complaints-svc', activity.complaints],
  ];
  const producers = await Promise.all(streams.map(([name]) => producer(name, service)));
  const consumerData = service.app.get(DataSource);
  const inbox = 'SELECT count(*)::int AS n FROM inbox_message';
  const before = await count(consumerData, inbox);
  let events = 0;
  try {
    for (const [index, [, stream]] of streams.entries()) {
      const { data, writer } = producers[index] ?? {};
      if (!data || !writer) continue;
      for (let start = 0; start < stream.length; start += 200) {
        const batch = stream.slice(start, start + 200);
        await data.transaction((manager) =>
          writer.appendAll(
            manager,
            batch.map((event) => ({
              type: event.type,
              subject: event.subject,
              data: event.data,
              id: event.id,
              time: new Date(event.time),
            })) as Parameters<OutboxWriter['appendAll']>[1],
          ),
        );
      }
      events += stream.length;
    }
    const started = performance.now();
    for (const { relay } of producers) relay.start();
    await eventually(
      async () => {
        const pending = await Promise.all(
          producers.map(({ data }) =>
            count(data, 'SELECT count(*)::int AS n FROM outbox_message WHERE sent_at IS NULL'),
          ),
        );
        return pending.every((n) => n === 0) ? true : undefined;
      },
      'outboxes drained',
      WAIT,
    );
    const relaySeconds = (performance.now() - started) / 1000;
    await eventually(
      async () => ((await count(consumerData, inbox)) - before >= events ? true : undefined),
      `${events} events applied`,
      WAIT,
    );
    const applySeconds = (performance.now() - started) / 1000;
    const relayed = events / relaySeconds;
    const applied = events / applySeconds;
    say(
      `keep-up  ${events} events (${APPLICATIONS} applications' activity): relays ${relayed.toFixed(0)} events/s ` +
        `(drained in ${relaySeconds.toFixed(1)} s), consumers applied ${applied.toFixed(0)} events/s ` +
        `(all in ${applySeconds.toFixed(1)} s), applied/relayed ${(applied / relayed).toFixed(2)}`,
    );
    return { events, relayed, applied };
  } finally {
    for (const { relay, data, database } of producers) {
      await relay.stop();
      await data.destroy();
      await database.drop();
    }
  }
}

/**
 * The counters BENCH_ROWS applications of one year leave, as the projector counts their events (its facets,
 * breakdowns and months): popular services get more applications, every service belongs to one of OWNERS
 * owners, its provider is the owner's body in the region, a PSC application names the State Corporation.
 */
async function loadYear(data: DataSource): Promise<{ rows: number; seconds: number }> {
  const started = performance.now();
  const runner = data.createQueryRunner();
  try {
    // The year replaces whatever the keep-up part projected: the read is over these applications alone.
    await runner.query(
      `TRUNCATE indicator_count, indicator_count_by_owner, indicator_count_by_service, indicator_count_by_region`,
    );
    await runner.query(`SELECT setseed(0.17)`);
    await runner.query(`
      CREATE UNLOGGED TABLE bench_application AS
      SELECT to_char(date '2026-01-01' + (m * interval '1 month'), 'YYYY-MM') AS month,
             ${uuidOf(`'service-' || s`)} AS service_id,
             ${uuidOf(`'owner-' || (s % ${OWNERS})`)} AS owner_id,
             ${uuidOf(`'provider-' || (s % ${OWNERS}) || '-' || r`)} AS provider_id,
             CASE WHEN c IN ('psc', 'specialised_psc') THEN ${uuidOf(`'state-corporation'`)} END AS psc_id,
             (100000000 + r * 10000000)::text AS region_kato,
             c AS channel, fate, extra, score
        FROM (SELECT floor(${SERVICES} * power(random(), 2))::int AS s,
                     floor(random() * ${REGIONS})::int AS r,
                     floor(random() * 12)::int AS m,
                     (ARRAY['electronic', 'electronic', 'psc', 'specialised_psc', 'provider'])
                       [1 + floor(random() * 5)::int] AS c,
                     random() AS fate, random() AS extra, 5 + floor(random() * 21)::int AS score
                FROM generate_series(1, ${ROWS})) AS a`);
    // Each branch is one kind of event and the counter it adds to, with the facets it carries.
    await runner.query(`
      INSERT INTO indicator_count
        (month, indicator, breakdown, service_id, owner_id, provider_id, psc_id, region_kato, channel, value)
      SELECT month, indicator, breakdown, service_id, owner_id, provider_id, psc_id, region_kato, channel,
             sum(v)
        FROM (
          SELECT month, 'applications_submitted' AS indicator, NULL AS breakdown, service_id, owner_id,
                 provider_id, psc_id, region_kato, channel, 1 AS v FROM bench_application
          UNION ALL
          SELECT month, CASE WHEN fate < 0.48 THEN 'results_issued_on_time' ELSE 'results_issued_late' END,
                 NULL, service_id, owner_id, provider_id, psc_id, region_kato, channel, 1
            FROM bench_application WHERE fate < 0.6
          UNION ALL
          SELECT month, 'results_refused', ${uuidOf(`'ground-' || floor(extra * 5)`)}::text, service_id,
                 owner_id, provider_id, psc_id, region_kato, channel, 1
            FROM bench_application WHERE fate >= 0.6 AND fate < 0.75
          UNION ALL
          SELECT month, 'applications_overdue', NULL, service_id, owner_id, provider_id, psc_id,
                 region_kato, channel, 1
            FROM bench_application WHERE fate >= 0.75 AND fate < 0.9
          UNION ALL
          SELECT month, 'handovers_late', NULL, service_id, owner_id, provider_id, psc_id, region_kato,
                 channel, 1
            FROM bench_application WHERE fate >= 0.75 AND fate < 0.9 AND psc_id IS NOT NULL AND extra < 0.5
          UNION ALL
          SELECT month, k.indicator, NULL, service_id, owner_id, provider_id, psc_id, region_kato, channel,
                 k.v
            FROM bench_application, (VALUES ('fees_paid', 1), ('fees_paid_kzt', 1476)) AS k(indicator, v)
           WHERE extra < 0.3
          UNION ALL
          SELECT month, 'intake_refusals', NULL, service_id, owner_id, provider_id, psc_id, region_kato,
                 channel, 1
            FROM bench_application WHERE psc_id IS NOT NULL AND extra >= 0.9
          UNION ALL
          SELECT month, 'queue_waits_exceeded', CASE WHEN fate < 0.5 THEN 'applying' ELSE 'collecting' END,
                 service_id, NULL, NULL, psc_id, region_kato, NULL, 1
            FROM bench_application WHERE psc_id IS NOT NULL AND extra >= 0.8 AND extra < 0.9
          UNION ALL
          SELECT month, k.indicator, NULL, service_id, owner_id, provider_id, psc_id, region_kato, channel,
                 CASE WHEN k.indicator = 'survey_answers' THEN 1 ELSE score END
            FROM bench_application,
                 (VALUES ('survey_answers'), ('survey_score_points')) AS k(indicator)
           WHERE fate < 0.6 AND extra >= 0.3 AND extra < 0.35
          UNION ALL
          SELECT month, 'complaints_filed', NULL, service_id, owner_id, provider_id, NULL, region_kato,
                 NULL, 1
            FROM bench_application WHERE fate >= 0.75 AND extra >= 0.35 AND extra < 0.45
          UNION ALL
          SELECT month, k.indicator, (ARRAY['provider', 'owner', 'quality_authority'])
                   [1 + floor((extra - 0.35) * 30)::int], service_id, owner_id, provider_id, NULL,
                 region_kato, NULL, 1
            FROM bench_application,
                 (VALUES ('complaints_decided'), ('complaints_satisfied')) AS k(indicator)
           WHERE fate >= 0.75 AND extra >= 0.35 AND extra < 0.45
             AND (k.indicator = 'complaints_decided' OR fate < 0.8)
        ) AS counted
       GROUP BY month, indicator, breakdown, service_id, owner_id, provider_id, psc_id, region_kato, channel`);
    await runner.query(`DROP TABLE bench_application`);
    // The owner, service and region rollups the projector keeps beside the counters, summed as the migration does.
    await new BackfillIndicatorRollups1798000300001().up(runner);
    await runner.query(`VACUUM ANALYZE`);
  } finally {
    await runner.release();
  }
  const rows = await count(data, 'SELECT count(*)::int AS n FROM indicator_count');
  return { rows, seconds: (performance.now() - started) / 1000 };
}

interface ReadShape {
  title: string;
  query: string;
  identity: IdentityClaimsInput;
}

/** Part 2: the dashboard's reads over the loaded year, timed over HTTP one after another. */
async function reads(service: RunningService): Promise<Array<{ title: string; p50: number; p95: number }>> {
  const data = service.app.get(DataSource);
  const loaded = await loadYear(data);
  say(
    `\nread     ${ROWS.toLocaleString('en')} applications of 2026 → ${loaded.rows.toLocaleString('en')} ` +
      `counter rows (generated in ${loaded.seconds.toFixed(0)} s)`,
  );
  const [ids] = await data.query<Array<{ owner: string; service: string; region: string }>>(
    `SELECT ${uuidOf(`'owner-0'`)} AS owner, ${uuidOf(`'service-0'`)} AS service, '180000000' AS region`,
  );
  if (!ids) throw new Error('no ids');
  const authority: IdentityClaimsInput = {
    subject: 'bench-quality',
    roles: ['quality-authority'],
    organizationId: randomUUID(),
  };
  const owner: IdentityClaimsInput = {
    subject: 'bench-owner',
    roles: ['owner-officer'],
    organizationId: ids.owner,
  };
  const year = 'fromMonth=2026-01&toMonth=2026-12';
  const shapes: ReadShape[] = [
    { title: 'the year by month (authority)', query: year, identity: authority },
    { title: 'an owner its year by month', query: year, identity: owner },
    { title: 'the year by owner', query: `${year}&groupBy=owner`, identity: authority },
    { title: 'a service its year by month', query: `${year}&serviceId=${ids.service}`, identity: authority },
    { title: 'a region its year by month', query: `${year}&regionKato=${ids.region}`, identity: authority },
    {
      title: 'one month by service, a page',
      query: 'fromMonth=2026-06&toMonth=2026-06&groupBy=service',
      identity: authority,
    },
    { title: 'the year by region', query: `${year}&groupBy=region`, identity: authority },
  ];
  await service.app.listen({ port: 0, host: '127.0.0.1' });
  const address = service.app.getHttpServer().address();
  const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const results: Array<{ title: string; p50: number; p95: number }> = [];
  for (const shape of shapes) {
    const headers = { authorization: `Bearer ${await service.issuer.token(shape.identity)}` };
    const url = `${base}/api/v1/monitoring/indicators?${shape.query}`;
    const timings: number[] = [];
    // At most READS reads and about SHAPE_SECONDS per shape (at least 10), so a slow shape stays bounded.
    const until = performance.now() + SHAPE_SECONDS * 1000;
    for (let index = 0; index < READS + 5 && (index < 15 || performance.now() < until); index += 1) {
      const started = performance.now();
      const response = await fetch(url, { headers });
      const body = (await response.json()) as { items?: unknown[] };
      if (response.status !== 200 || !body.items?.length) {
        throw new Error(`${shape.title}: ${response.status} ${JSON.stringify(body).slice(0, 300)}`);
      }
      // The first few warm the pools, the plans and the JIT.
      if (index >= 5) timings.push(performance.now() - started);
    }
    timings.sort((a, b) => a - b);
    const result = { title: shape.title, p50: percentile(timings, 50), p95: percentile(timings, 95) };
    results.push(result);
    say(
      `GET /indicators ${shape.title.padEnd(32)} p50 ${result.p50.toFixed(1)} ms  p95 ${result.p95.toFixed(1)} ms`,
    );
  }
  for (const shape of shapes) await explain(service, shape);
  return results;
}

/** EXPLAIN (ANALYZE, BUFFERS) of a shape's page query as the service sends it: how it finds its rows. */
async function explain(service: RunningService, shape: ReadShape): Promise<void> {
  const query = new IndicatorsQueryDto();
  for (const [name, value] of new URLSearchParams(shape.query)) {
    if (name === 'groupBy') query.groupBy = [...(query.groupBy ?? []), value as 'month'];
    else Object.assign(query, { [name]: value });
  }
  const { sql, params } = service.app
    .get(IndicatorsService)
    .pageStatement({ ...shape.identity, expiresAt: new Date(Date.now() + 60_000) }, query);
  const plan = await service.app
    .get(DataSource)
    .query<Array<{ 'QUERY PLAN': string }>>(`EXPLAIN (ANALYZE, BUFFERS) ${sql}`, params);
  say(`EXPLAIN (ANALYZE, BUFFERS) ${shape.title}:`);
  for (const { 'QUERY PLAN': line } of plan) {
    if (/Scan|Aggregate|Sort|WindowAgg|Limit|Execution Time|rows=/.test(line) && !/Buffers/.test(line)) {
      say(`  ${line.replace(/\s+\(cost=[^)]*\)/, '')}`);
    }
  }
}

async function main(): Promise<void> {
  const given = process.env.TEST_DATABASE_URL;
  const embedded = given ? undefined : await startEmbeddedPostgres();
  process.env.TEST_DATABASE_URL = given ?? embedded?.url;
  let service: RunningService | undefined;
  try {
    service = await startService('monitoring_bench', new TestClock(new Date('2027-01-15T06:00:00Z')));
    const rate = await keepUp(service);
    const timed = await reads(service);
    const worst = timed.reduce((a, b) => (b.p95 > a.p95 ? b : a));
    say(
      `SUMMARY bench:monitoring: consumers applied ${rate.applied.toFixed(0)} events/s beside the relays' ` +
        `${rate.relayed.toFixed(0)} events/s (${(rate.applied / rate.relayed).toFixed(2)}, ${rate.events} events); ` +
        `indicator reads over ${ROWS.toLocaleString('en')} applications: p95 ` +
        `${timed.map((t) => t.p95.toFixed(0)).join('/')} ms (worst: ${worst.title} ${worst.p95.toFixed(1)} ms; goal < 50); ` +
        `load average ${loadavg()
          .map((value) => value.toFixed(1))
          .join(' ')}`,
    );
  } finally {
    await service?.stop();
    await embedded?.stop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
