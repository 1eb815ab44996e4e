import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { startTestIssuer, type TestIssuer } from '@kzps/auth/testing';
import { createTestDatabase, eventually, freePort, type TestDatabase } from '@kzps/testing';
import { Client } from 'pg';
import { withCheckDigit } from './test/registry-fixtures';
import { registryClaims } from './test/registry-test-app';

const root = join(__dirname, '..', '..', '..');

/**
 * The registry as a real process: SIGTERM while writes are in flight must answer every one of them (the
 * gateway otherwise reports 502 for writes that committed) before the consumers and the pool close.
 */
describe('graceful shutdown of a service process', () => {
  let database: TestDatabase;
  let issuer: TestIssuer;
  let service: ChildProcess;
  let base: string;
  const output: string[] = [];

  beforeAll(async () => {
    database = await createTestDatabase('shutdown');
    issuer = await startTestIssuer();
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    service = spawn(
      process.execPath,
      ['-r', join(root, 'tools/scripts/register-ts.cjs'), join(root, 'apps/registry-svc/src/main.ts')],
      {
        cwd: root,
        env: {
          ...process.env,
          ...issuer.env,
          PORT: String(port),
          DATABASE_URL: database.url,
          LOG_LEVEL: 'info',
          SHUTDOWN_TIMEOUT_MS: '30000',
          // The demo seed designates the public-services authority the writes below act for (D38).
          SEED_DEMO_DATA: 'true',
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    service.stdout?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    service.stderr?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    await eventually(async () => (await fetch(`${base}/health/ready`)).ok, 'the registry ready', {
      timeoutMs: 60_000,
      intervalMs: 200,
    });
  }, 90_000);

  afterAll(async () => {
    if (service.exitCode === null && service.signalCode === null) service.kill('SIGKILL');
    await issuer.close();
    await database.drop();
  });

  it('answers every write in flight at SIGTERM, and each one it answered 201 is in the database', async () => {
    const token = await issuer.token(registryClaims(['public-services-authority'], 'officer-1'));
    const bins = Array.from({ length: 6 }, (_, i) => withCheckDigit(`2104400000${i}`));
    const db = new Client({ connectionString: database.url });
    const probe = new Client({ connectionString: database.url });
    await db.connect();
    await probe.connect();
    try {
      // Holding the table makes every insert wait: the writes are in flight when the signal comes.
      await db.query('BEGIN');
      await db.query('LOCK TABLE organization IN SHARE ROW EXCLUSIVE MODE');
      const answers = bins.map((bin) =>
        fetch(`${base}/api/v1/registry/organizations`, {
          method: 'POST',
          headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
          body: JSON.stringify({
            bin,
            nameKk: 'Ұйым',
            nameRu: 'Организация',
            kind: 'state-institution',
            roles: ['provider'],
            regionKato: '710000000',
          }),
        }),
      );
      // Read by another session: one inside a transaction sees a single snapshot of pg_stat_activity.
      await eventually(async () => {
        const { rows } = await probe.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM pg_stat_activity
           WHERE datname = current_database() AND wait_event_type = 'Lock' AND query ILIKE '%organization%'`,
        );
        return rows[0]?.n === bins.length;
      }, 'every write waiting on the table');
      const exited = new Promise<number | null>((resolve) => service.once('exit', (code) => resolve(code)));
      service.kill('SIGTERM');
      await eventually(() => output.join('').includes('SIGTERM received'), 'the service draining');
      await db.query('COMMIT');
      const statuses = await Promise.all(answers.map(async (answer) => (await answer).status));
      expect(statuses).toEqual(bins.map(() => 201));
      expect(await exited).toBe(0);
      const { rows } = await probe.query<{ n: number }>(
        'SELECT count(*)::int AS n FROM organization WHERE bin = ANY($1)',
        [bins],
      );
      expect(rows[0]?.n).toBe(bins.length);
    } finally {
      await db.end();
      await probe.end();
    }
  }, 90_000);
});
