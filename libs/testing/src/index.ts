export { createTestDatabase, type TestDatabase } from './test-database';
export { startEmbeddedPostgres, type RunningPostgres } from './embedded-postgres';
export { freePort } from './free-port';
export { migrationDataSource } from './migration-data-source';
export { startTestBroker, type RunningTestBroker } from './test-broker';
