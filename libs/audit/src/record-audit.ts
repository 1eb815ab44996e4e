import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { currentRequestId, maskText } from '@kzps/platform';
import { AuditRecord, type AuditOutcome } from './audit-record.entity';

/** Who acted. An `Identity` from @kzps/auth fits as it is. */
export interface AuditActor {
  subject: string;
  roles: readonly string[];
  organizationId?: string;
}

export interface AuditEntry {
  actor: AuditActor;
  /** Dotted verb, e.g. `standard.approve`. */
  action: string;
  resourceType: string;
  resourceId?: string;
  /** Short "what" for a person; 12-digit runs (IIN/BIN) are masked before storing. */
  summary?: string;
  /** Default `succeeded`. */
  outcome?: AuditOutcome;
  /** Default: the current request's id (from the request context). */
  requestId?: string;
  occurredAt?: Date;
}

/** The actor for changes made by the service itself (deadline watchers, event handlers). */
export function systemActor(service: string): AuditActor {
  return { subject: `system:${service}`, roles: [] };
}

const limit = (text: string, max: number): string => (text.length > max ? text.slice(0, max) : text);

/**
 * Writes one audit record through the given manager: pass the transaction's manager, so the record
 * commits or rolls back with the change it describes.
 */
export async function recordAudit(manager: EntityManager, entry: AuditEntry): Promise<AuditRecord> {
  const [record] = await recordAudits(manager, [entry]);
  return record as AuditRecord;
}

/** Writes several audit records in one statement (a sweep's batch), through the transaction's manager. */
export async function recordAudits(
  manager: EntityManager,
  entries: readonly AuditEntry[],
): Promise<AuditRecord[]> {
  if (entries.length === 0) return [];
  const records = entries.map((entry) =>
    manager.create(AuditRecord, {
      id: randomUUID(),
      occurredAt: entry.occurredAt ?? new Date(),
      actorSubject: limit(entry.actor.subject, 128),
      actorRoles: [...entry.actor.roles],
      organizationId: entry.actor.organizationId ?? null,
      action: limit(entry.action, 100),
      resourceType: limit(entry.resourceType, 100),
      resourceId: entry.resourceId ? limit(entry.resourceId, 128) : null,
      summary: entry.summary ? maskText(limit(entry.summary, 2000)) : null,
      outcome: entry.outcome ?? 'succeeded',
      requestId: entry.requestId ?? currentRequestId() ?? null,
    }),
  );
  await manager.insert(AuditRecord, records);
  return records;
}
