import { AUDIT_ENTITIES } from '@kzps/audit';
import { CALENDAR_STORE_ENTITIES } from '@kzps/calendar-store';
import { messagingEntities } from '@kzps/messaging';

/** Every TypeORM entity of this service: used by the app and by `npm run migration:generate`. */
export const entities = [...messagingEntities, ...CALENDAR_STORE_ENTITIES, ...AUDIT_ENTITIES];
