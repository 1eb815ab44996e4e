import { Client } from 'pg';
import { createTestDatabase, type TestDatabase } from '@kzps/testing';
import { ensureDatabase, withDatabase } from './ensure-database';

describe('ensureDatabase', () => {
  let scratch: TestDatabase;

  beforeAll(async () => {
    scratch = await createTestDatabase('db');
  });

  afterAll(async () => {
    await scratch.drop();
  });

  it('creates a missing database once and accepts an existing one', async () => {
    const target = withDatabase(scratch.url, `${scratch.name}_svc`);
    await Promise.all([ensureDatabase(target), ensureDatabase(target)]);
    await ensureDatabase(target);
    const client = new Client({ connectionString: target });
    await client.connect();
    const { rows } = await client.query<{ db: string; enc: string }>(
      'SELECT current_database() AS db, pg_encoding_to_char(encoding) AS enc FROM pg_database WHERE datname = current_database()',
    );
    await client.end();
    expect(rows[0]).toEqual({ db: `${scratch.name}_svc`, enc: 'UTF8' });
    const admin = new Client({ connectionString: withDatabase(scratch.url, 'postgres') });
    await admin.connect();
    await admin.query(`DROP DATABASE "${scratch.name}_svc" WITH (FORCE)`);
    await admin.end();
  });

  it('refuses a database name that is not a plain identifier', async () => {
    await expect(ensureDatabase(withDatabase(scratch.url, 'Bad-Name'))).rejects.toThrow(
      /lower-case SQL identifier/,
    );
  });
});
