export { AuditRecord, type AuditOutcome } from './audit-record.entity';
export { CreateAuditRecord1764032400000 } from './migrations/1764032400000-create-audit-record.migration';
export { AUDIT_ENTITIES, AUDIT_MIGRATIONS } from './audit.tables';
export {
  auditInsert,
  prepareAudits,
  recordAudit,
  recordAudits,
  systemActor,
  type AuditActor,
  type AuditEntry,
} from './record-audit';
export { AuditService } from './audit.service';
export { AuditModule } from './audit.module';
