import { AUDIT_MIGRATIONS } from '@kzps/audit';
import { CALENDAR_STORE_MIGRATIONS } from '@kzps/calendar-store';
import { CreateIdempotencyKey1764900000000 } from '@kzps/db';
import { messagingMigrations } from '@kzps/messaging';
import type { MigrationInterface } from 'typeorm';
import { CreateReadModel1797000000000 } from './1797000000000-create-read-model.migration';
import { CreateComplaints1797000000001 } from './1797000000001-create-complaints.migration';

/** Every migration of this service, in order. Reviewed like code; never edited after it lands. */
export const migrations: Array<new () => MigrationInterface> = [
  ...messagingMigrations,
  ...CALENDAR_STORE_MIGRATIONS,
  ...AUDIT_MIGRATIONS,
  CreateIdempotencyKey1764900000000,
  CreateReadModel1797000000000,
  CreateComplaints1797000000001,
];
