import { messagingMigrations } from '@kzps/messaging';

/** Every migration of this service, in order. Reviewed like code; never edited after it lands. */
export const migrations = [...messagingMigrations];
