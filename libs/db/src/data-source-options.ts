import type { DataSourceOptions, MixedList, EntitySchema } from 'typeorm';
import { SnakeNamingStrategy } from './snake-naming.strategy';
import { StatementLogger } from './statement-logger';

export interface ServiceDatabaseOptions {
  url: string;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- TypeORM's own type for entity classes
  entities: MixedList<Function | string | EntitySchema>;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- TypeORM's own type for migration classes
  migrations: MixedList<Function | string>;
  /** Pool size per replica; PostgreSQL connections are the scarce resource, not Node's. */
  poolSize?: number;
  logging?: boolean;
}

/**
 * DataSource options every service uses: snake_case names, migrations run at start, never `synchronize`
 * (schema changes are reviewed migrations, docs/architecture.md).
 */
export function serviceDataSourceOptions(options: ServiceDatabaseOptions): DataSourceOptions {
  return {
    type: 'postgres',
    url: options.url,
    entities: options.entities,
    migrations: options.migrations,
    migrationsRun: true,
    migrationsTransactionMode: 'each',
    migrationsTableName: 'schema_migrations',
    synchronize: false,
    namingStrategy: new SnakeNamingStrategy(),
    logger: new StatementLogger(options.logging ?? false),
    extra: {
      max: options.poolSize ?? 10,
      application_name: 'kzps',
      // A request's query runs in its own backend: launching parallel workers for it costs more than it saves
      // on these small tables, and under load the workers take the cores other requests need.
      options: '-c max_parallel_workers_per_gather=0',
    },
  };
}
