import { AUDIT_ENTITIES } from '@kzps/audit';
import { CALENDAR_STORE_ENTITIES } from '@kzps/calendar-store';
import { messagingEntities } from '@kzps/messaging';
import { Application } from './applications/application.entity';
import { StatusChange } from './applications/status-change.entity';
import { Payment } from './fees/payment.entity';
import { IntakeRefusal } from './intake/intake-refusal.entity';
import { QueueTicket } from './queue/queue-ticket.entity';
import { OrganizationRef } from './read-model/organization-ref.entity';
import { ServiceRef } from './read-model/service-ref.entity';
import { StandardVersionRef } from './read-model/standard-version-ref.entity';

/** Every TypeORM entity of this service: used by the app and by `npm run migration:generate`. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- TypeORM's type for entity classes
export const entities: Function[] = [
  OrganizationRef,
  ServiceRef,
  StandardVersionRef,
  Application,
  StatusChange,
  IntakeRefusal,
  Payment,
  QueueTicket,
  ...messagingEntities,
  ...CALENDAR_STORE_ENTITIES,
  ...AUDIT_ENTITIES,
];
