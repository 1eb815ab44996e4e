import { AUDIT_ENTITIES } from '@kzps/audit';
import { CALENDAR_STORE_ENTITIES } from '@kzps/calendar-store';
import { messagingEntities } from '@kzps/messaging';

/**
 * Every TypeORM entity of this service. The complaints' own tables are read and written with SQL through
 * the transaction's manager (their rows are small and every write locks what it checks).
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- TypeORM's type for entity classes
export const entities: Function[] = [...messagingEntities, ...CALENDAR_STORE_ENTITIES, ...AUDIT_ENTITIES];
