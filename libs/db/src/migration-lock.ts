import { DataSource, type DataSourceOptions } from 'typeorm';

/**
 * The advisory lock key every service's migrations take. PostgreSQL scopes advisory locks to the database, and
 * each service has its own database, so one key serialises the runs of one service and no more.
 */
export const MIGRATION_LOCK_KEY = 7_265_482_001;

/**
 * Runs the pending migrations while holding a session-level advisory lock on the service's database. Every
 * replica and the deployment's migration step (MIGRATE_ONLY) run migrations at start; without the lock,
 * concurrent runs on a fresh database race on creating `schema_migrations` and apply the same migration twice.
 * The first run migrates; the others wait on the lock, then find nothing pending.
 */
export async function runMigrationsUnderLock(options: DataSourceOptions): Promise<void> {
  const dataSource = new DataSource({ ...options, migrationsRun: false } as DataSourceOptions);
  await dataSource.initialize();
  const lockHolder = dataSource.createQueryRunner();
  try {
    await lockHolder.connect();
    await lockHolder.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    try {
      await dataSource.runMigrations({ transaction: 'each' });
    } finally {
      await lockHolder.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]);
    }
  } finally {
    await lockHolder.release();
    await dataSource.destroy();
  }
}
