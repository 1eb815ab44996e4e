// The standards list, GET /api/v1/standards (first page of 20), under 16 connections with autocannon, beside
// its anchor in the same run: the SQL one answer needs (count, page, services, versions, terms), sent
// straight to the same PostgreSQL over a pool of 16 by 16 concurrent loops. The standards are made the way
// the service makes them: the registry's inclusion events through the real broker, so every standard has
// its statutory terms counted on the calendar, with the days each term skipped. Run from the repository root:
//   node -r ./tools/scripts/register-ts.cjs apps/standards-svc/bench/list.bench.ts [seconds]
// BENCH_STANDARDS sets how many standards there are (100 by default).
import { randomUUID } from 'node:crypto';
import autocannon from 'autocannon';
import { Pool } from 'pg';
import { DataSource } from 'typeorm';
import { startTestIssuer } from '@kzps/auth/testing';
import { eventually, startEmbeddedPostgres, startTestBroker, TestClock } from '@kzps/testing';
import {
  publish,
  registryTopics,
  serviceIncluded,
  startApp,
  testConfig,
  testKafka,
} from '../src/test/harness';

const DURATION_S = Number(process.argv[2] ?? 10);
const STANDARDS = Number(process.env.BENCH_STANDARDS ?? 100);
const CONNECTIONS = 16;
const PAGE = 20;

function line(title: string, perSecond: number, p50: number, p99: number): void {
  process.stdout.write(
    `${title.padEnd(34)} ${perSecond.toFixed(0).padStart(6)} /s   p50 ${p50.toFixed(1).padStart(6)} ms   p99 ${p99.toFixed(1).padStart(6)} ms\n`,
  );
}

/** The statements one list answer runs, as the service runs them, repeated by `CONNECTIONS` loops. */
async function sqlAnchor(url: string): Promise<void> {
  const pool = new Pool({ connectionString: url, max: CONNECTIONS });
  const timings: number[] = [];
  const until = Date.now() + DURATION_S * 1000;
  const loop = async (): Promise<void> => {
    while (Date.now() < until) {
      const started = performance.now();
      await pool.query('SELECT count(*) FROM standard');
      const page = await pool.query<{
        id: string;
        service_id: string;
        in_force_version_id: string | null;
        working_version_id: string | null;
      }>('SELECT * FROM standard ORDER BY created_at ASC LIMIT $1 OFFSET 0', [PAGE]);
      const ids = page.rows.map((row) => row.id);
      const versionIds = page.rows
        .flatMap((row) => [row.in_force_version_id, row.working_version_id])
        .filter(Boolean);
      await Promise.all([
        pool.query('SELECT * FROM service_ref WHERE id = ANY($1)', [page.rows.map((row) => row.service_id)]),
        pool.query('SELECT * FROM standard_version WHERE id = ANY($1)', [versionIds]),
        pool.query('SELECT * FROM statutory_term WHERE standard_id = ANY($1) ORDER BY due_at', [ids]),
      ]);
      timings.push(performance.now() - started);
    }
  };
  await Promise.all(Array.from({ length: CONNECTIONS }, loop));
  await pool.end();
  timings.sort((a, b) => a - b);
  const at = (p: number): number =>
    timings[Math.min(timings.length - 1, Math.floor(p * timings.length))] ?? 0;
  line('the same SQL, straight to PostgreSQL', timings.length / DURATION_S, at(0.5), at(0.99));
}

async function main(): Promise<void> {
  const postgres = await startEmbeddedPostgres();
  const broker = await startTestBroker();
  const issuer = await startTestIssuer();
  const admin = new Pool({ connectionString: postgres.url });
  await admin.query('CREATE DATABASE standards_bench');
  await admin.end();
  const databaseUrl = postgres.url.replace(/\/postgres$/, '/standards_bench');
  const app = await startApp(
    testConfig({ databaseUrl, issuer, brokers: broker.address }),
    new TestClock(new Date('2026-03-01T06:00:00Z')),
  );
  try {
    // Included over the spring holidays: terms that skip weekends, 8 March, Nauryz and the May days.
    const owner = randomUUID();
    const services = Array.from({ length: STANDARDS }, (_, index) => ({
      id: randomUUID(),
      ownerId: owner,
      providerIds: [owner],
      channels: index % 2 === 0 ? (['provider'] as const) : (['provider', 'state-corporation'] as const),
    }));
    await publish(
      testKafka(broker.address),
      registryTopics.services,
      services.map((service, index) =>
        serviceIncluded(
          { ...service, channels: [...service.channels] },
          new Date(Date.UTC(2026, 1, 1 + (index % 28), 5)),
        ),
      ),
    );
    const dataSource = app.get(DataSource);
    await eventually(
      async () => Number((await dataSource.query('SELECT count(*) AS n FROM standard'))[0].n) === STANDARDS,
      `${STANDARDS} standards`,
      { timeoutMs: 120_000 },
    );
    await app.listen({ port: 0, host: '127.0.0.1' });
    const address = app.getHttpServer().address();
    const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/api/v1/standards`;
    process.stdout.write(
      `${STANDARDS} standards; ${CONNECTIONS} connections, ${DURATION_S} s each; GET /api/v1/standards (${PAGE} a page)\n`,
    );
    await autocannon({ url, connections: CONNECTIONS, duration: Math.min(3, DURATION_S) }); // warm-up
    const result = await autocannon({ url, connections: CONNECTIONS, duration: DURATION_S });
    const bytes = result.throughput.average / Math.max(1, result.requests.average);
    line(
      `GET /api/v1/standards (${(bytes / 1024).toFixed(0)} KiB)`,
      result.requests.average,
      result.latency.p50,
      result.latency.p99,
    );
    if (result.errors + result.non2xx > 0)
      throw new Error(`${result.errors + result.non2xx} failed requests`);
    await sqlAnchor(databaseUrl);
  } finally {
    await app.close();
    await issuer.close();
    await broker.stop();
    await postgres.stop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
