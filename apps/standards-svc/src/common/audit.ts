import { recordAudit, systemActor, type AuditActor } from '@kzps/audit';
import type { EntityManager } from 'typeorm';
import { SERVICE_NAME } from '../events/outbox-event-outbox';

/** The service itself (the watcher, the registry consumer) as an audit actor. */
export const standardsSystem: AuditActor = systemActor(SERVICE_NAME);

/** Art. 24: who did what to a standard, written in the transaction of the change. */
export async function auditStandard(
  manager: EntityManager,
  actor: AuditActor,
  action: string,
  standardId: string,
  occurredAt: Date,
  summary?: string,
): Promise<void> {
  await recordAudit(manager, {
    actor,
    action: `standard.${action}`,
    resourceType: 'standard',
    resourceId: standardId,
    occurredAt,
    ...(summary ? { summary } : {}),
  });
}
