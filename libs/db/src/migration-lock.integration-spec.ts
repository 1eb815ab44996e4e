import { Client } from 'pg';
import type { MigrationInterface, QueryRunner } from 'typeorm';
import { createTestDatabase, type TestDatabase } from '@kzps/testing';
import { serviceDataSourceOptions } from './data-source-options';
import { runMigrationsUnderLock } from './migration-lock';

class CreateApplicantTable1700000000001 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('CREATE TABLE applicant (id uuid PRIMARY KEY)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE applicant');
  }
}

class AddApplicantName1700000000002 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE applicant ADD COLUMN name text NOT NULL');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE applicant DROP COLUMN name');
  }
}

describe('runMigrationsUnderLock', () => {
  let database: TestDatabase;

  beforeEach(async () => {
    database = await createTestDatabase('migration_lock');
  });

  afterEach(async () => {
    await database.drop();
  });

  it('lets three replicas migrate a fresh database at once: each migration applied once, every run succeeds', async () => {
    const options = serviceDataSourceOptions({
      url: database.url,
      entities: [],
      migrations: [CreateApplicantTable1700000000001, AddApplicantName1700000000002],
    });
    const runs = await Promise.allSettled([1, 2, 3].map(() => runMigrationsUnderLock(options)));
    expect(runs.map((run) => run.status)).toEqual(['fulfilled', 'fulfilled', 'fulfilled']);

    const client = new Client({ connectionString: database.url });
    await client.connect();
    try {
      const applied = await client.query<{ name: string }>('SELECT name FROM schema_migrations ORDER BY id');
      expect(applied.rows.map((row) => row.name)).toEqual([
        'CreateApplicantTable1700000000001',
        'AddApplicantName1700000000002',
      ]);
      const columns = await client.query<{ column_name: string }>(
        "SELECT column_name FROM information_schema.columns WHERE table_name = 'applicant' ORDER BY column_name",
      );
      expect(columns.rows.map((row) => row.column_name)).toEqual(['id', 'name']);
      // The lock is released: nothing holds it on this database once the runs are over.
      const held = await client.query(
        "SELECT 1 FROM pg_locks l JOIN pg_database d ON d.oid = l.database WHERE l.locktype = 'advisory' AND d.datname = current_database()",
      );
      expect(held.rowCount).toBe(0);
    } finally {
      await client.end();
    }
  });
});
