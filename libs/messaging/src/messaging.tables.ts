import type { MigrationInterface } from 'typeorm';
import { InboxMessage } from './inbox/inbox-message.entity';
import { CreateMessagingTables1764028800000 } from './migrations/1764028800000-create-messaging-tables.migration';
import { OutboxMessage } from './outbox/outbox-message.entity';

/** Add to the service's entity list. */
export const messagingEntities = [OutboxMessage, InboxMessage];

/** Add to the service's migration list (after its own first migration or before, order does not matter). */
export const messagingMigrations: Array<new () => MigrationInterface> = [CreateMessagingTables1764028800000];
