import { AUDIT_MIGRATIONS } from '@kzps/audit';
import { CALENDAR_STORE_MIGRATIONS } from '@kzps/calendar-store';
import { CreateIdempotencyKey1764900000000 } from '@kzps/db';
import { messagingMigrations } from '@kzps/messaging';
import type { MigrationInterface } from 'typeorm';
import { CreateReadModel1796000000000 } from './1796000000000-create-read-model.migration';
import { CreateApplications1796000000001 } from './1796000000001-create-applications.migration';
import { CreatePayments1796000000002 } from './1796000000002-create-payments.migration';
import { CreateQueueTickets1796000000003 } from './1796000000003-create-queue-tickets.migration';

/** Every migration of this service, in order. Reviewed like code; never edited after it lands. */
export const migrations: Array<new () => MigrationInterface> = [
  ...messagingMigrations,
  ...CALENDAR_STORE_MIGRATIONS,
  ...AUDIT_MIGRATIONS,
  CreateReadModel1796000000000,
  CreateApplications1796000000001,
  CreatePayments1796000000002,
  CreateQueueTickets1796000000003,
  CreateIdempotencyKey1764900000000,
];
