import { recordAudit } from '@kzps/audit';
import type { EntityManager } from 'typeorm';
import type { Actor } from './actor';

export interface RegistryAuditEntry {
  actor: Actor;
  action: string;
  entityType: 'organization' | 'classifier-node' | 'service-entry' | 'calendar-amendment';
  entityId: string;
  /** What changed: the new state, or `{ before, after }`. */
  changes: unknown;
}

/** Records who changed what in the caller's transaction (Art. 24: an audit trail of who did what). */
export async function recordRegistryAudit(manager: EntityManager, entry: RegistryAuditEntry): Promise<void> {
  await recordAudit(manager, {
    actor: entry.actor,
    action: entry.action,
    resourceType: entry.entityType,
    resourceId: entry.entityId,
    summary: JSON.stringify(entry.changes),
  });
}
