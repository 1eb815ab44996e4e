export { columnsJson, SnakeNamingStrategy } from './snake-naming.strategy';
export { ensureDatabase, databaseNameOf, withDatabase, redactUrl } from './ensure-database';
export { serviceDataSourceOptions, type ServiceDatabaseOptions } from './data-source-options';
export { DatabaseModule } from './database.module';
export { runMigrationsUnderLock, MIGRATION_LOCK_KEY } from './migration-lock';
export { StatementLogger } from './statement-logger';
export {
  Idempotent,
  IdempotentPost,
  IdempotencyInterceptor,
  IDEMPOTENCY_KEY_HEADER,
  IDEMPOTENCY_KEY_LIFETIME_HOURS,
  IDEMPOTENT_REPLAY_HEADER,
  recordedRefusal,
} from './idempotency/idempotent';
export { IdempotencyErrorCode, idempotencyError } from './idempotency/idempotency.errors';
export { inOneTransaction, inTransaction } from './idempotency/request-transaction';
export { requestManager, runPrepared, type PreparedStatement } from './prepared-statement';
export { GroupCommit, type GroupCommitOptions } from './group-commit';
export { CreateIdempotencyKey1764900000000 } from './idempotency/idempotency-key.migration';
export {
  PeriodicSweep,
  SweepWatcher,
  type PeriodicSweepOptions,
  type SweepPass,
  type SweepWork,
} from './periodic-sweep';
export { deadlineWatchTiming, withDeadlineWatch } from './deadline-watch.config';
