import { Module, type DynamicModule, type OnModuleInit } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { DependencyOutages, HealthRegistry } from '@kzps/platform';
import { ensureDatabase } from './ensure-database';
import { serviceDataSourceOptions, type ServiceDatabaseOptions } from './data-source-options';
import { runMigrationsUnderLock } from './migration-lock';

/**
 * Readiness includes the database: a `SELECT 1` through the service's pool. The same query tells the
 * platform when an outage is over.
 */
class DatabaseReadiness implements OnModuleInit {
  constructor(
    private readonly dataSource: DataSource,
    private readonly health: HealthRegistry,
    private readonly outages: DependencyOutages,
  ) {}

  onModuleInit(): void {
    const selectOne = async (): Promise<void> => {
      await this.dataSource.query('SELECT 1');
    };
    this.health.register('database', selectOne);
    this.outages.registerProbe('database', selectOne);
  }
}

/**
 * The service's one DataSource. The database is created if missing, then the migrations run under the
 * service's migration lock (replicas start together), before any provider that needs the DataSource is built.
 */
@Module({})
export class DatabaseModule {
  static forRoot(options: () => ServiceDatabaseOptions): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [
        TypeOrmModule.forRootAsync({
          useFactory: async () => {
            const resolved = options();
            await ensureDatabase(resolved.url);
            const dataSourceOptions = serviceDataSourceOptions(resolved);
            await runMigrationsUnderLock(dataSourceOptions);
            return { ...dataSourceOptions, migrationsRun: false };
          },
        }),
      ],
      providers: [
        {
          provide: DatabaseReadiness,
          inject: [DataSource, HealthRegistry, DependencyOutages],
          useFactory: (dataSource: DataSource, health: HealthRegistry, outages: DependencyOutages) =>
            new DatabaseReadiness(dataSource, health, outages),
        },
      ],
      exports: [TypeOrmModule],
    };
  }
}
