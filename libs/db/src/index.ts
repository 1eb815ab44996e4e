export { SnakeNamingStrategy } from './snake-naming.strategy';
export { ensureDatabase, databaseNameOf, withDatabase, redactUrl } from './ensure-database';
export { serviceDataSourceOptions, type ServiceDatabaseOptions } from './data-source-options';
export { DatabaseModule } from './database.module';
export { StatementLogger } from './statement-logger';
