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

/** Several audit records in one statement (a sweep's batch), through the transaction's manager. */
export async function recordAudits(
  manager: EntityManager,
  entries: readonly AuditEntry[],
): Promise<AuditRecord[]> {
  if (entries.length === 0) return [];
  const prepared = prepareAudits(entries);
  await manager.query(auditInsert('$1'), [prepared.rows]);
  return prepared.records;
}

/**
 * The audit records of `entries` and their rows as one JSON parameter, for a caller that writes them inside a
 * statement of its own (`auditInsert`) in the transaction of the change they describe.
 */
export function prepareAudits(entries: readonly AuditEntry[]): { records: AuditRecord[]; rows: string } {
  const records: AuditRecord[] = entries.map((entry) => ({
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
  }));
  return { records, rows: JSON.stringify(records) };
}

/**
 * The statement writing `prepareAudits`' rows, given as the JSON parameter `parameter` (`$1`): one statement
 * whatever their number. `when` is a condition they are written under (a CTE's `EXISTS (…)`).
 */
export function auditInsert(parameter: string, when = 'true'): string {
  return `INSERT INTO audit_record (id, occurred_at, actor_subject, actor_roles, organization_id, action,
                               resource_type, resource_id, summary, outcome, request_id)
    SELECT r.id, r."occurredAt", r."actorSubject", r."actorRoles", r."organizationId", r.action,
           r."resourceType", r."resourceId", r.summary, r.outcome, r."requestId"
      FROM jsonb_to_recordset(${parameter}::jsonb) AS r(id uuid, "occurredAt" timestamptz, "actorSubject" text,
           "actorRoles" text[], "organizationId" text, action text, "resourceType" text, "resourceId" text,
           summary text, outcome text, "requestId" text)
     WHERE ${when}`;
}
