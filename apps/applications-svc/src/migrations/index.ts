import { CALENDAR_STORE_MIGRATIONS } from '@kzps/calendar-store';
import { messagingMigrations } from '@kzps/messaging';

/** Every migration of this service, in order. Reviewed like code; never edited after it lands. */
export const migrations = [...messagingMigrations, ...CALENDAR_STORE_MIGRATIONS];
