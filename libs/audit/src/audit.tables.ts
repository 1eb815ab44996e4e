import { AuditRecord } from './audit-record.entity';
import { CreateAuditRecord1764032400000 } from './migrations/1764032400000-create-audit-record.migration';

/** Add to a service's entity and migration lists. */
export const AUDIT_ENTITIES = [AuditRecord];
export const AUDIT_MIGRATIONS = [CreateAuditRecord1764032400000];
