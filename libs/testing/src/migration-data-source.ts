import { DataSource, type MigrationInterface } from 'typeorm';

/**
 * A bare DataSource that runs these migrations and nothing else (no entities, no app): for a test of a
 * migration on data written before it, give the service's list cut just before that migration, write the
 * data, then the whole list.
 */
export function migrationDataSource(
  url: string,
  migrations: Array<new () => MigrationInterface>,
): DataSource {
  return new DataSource({
    type: 'postgres',
    url,
    migrations,
    migrationsTableName: 'schema_migrations',
    migrationsTransactionMode: 'each',
  });
}
