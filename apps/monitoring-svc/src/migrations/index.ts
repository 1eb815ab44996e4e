import { CALENDAR_STORE_MIGRATIONS } from '@kzps/calendar-store';
import { messagingMigrations } from '@kzps/messaging';
import type { MigrationInterface } from 'typeorm';
import { CreateIndicatorCounts1798000000000 } from './1798000000000-create-indicator-counts.migration';

/** Every migration of this service, in order. Reviewed like code; never edited after it lands. */
export const migrations: Array<new () => MigrationInterface> = [
  ...messagingMigrations,
  ...CALENDAR_STORE_MIGRATIONS,
  CreateIndicatorCounts1798000000000,
];
