import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditRecord } from './audit-record.entity';
import { recordAudit, type AuditEntry } from './record-audit';

/**
 * Nest access to the audit trail. In a transaction use `record(entry, manager)`; a refused or failed
 * action (whose transaction rolled back) is recorded on its own with `record(entry)`.
 */
@Injectable()
export class AuditService {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  record(entry: AuditEntry, manager?: EntityManager): Promise<AuditRecord> {
    return recordAudit(manager ?? this.dataSource.manager, entry);
  }

  /** The history of one resource, newest first (for an auditor's view; paginate in the caller's API). */
  history(resourceType: string, resourceId: string, limit = 50, offset = 0): Promise<AuditRecord[]> {
    return this.dataSource.getRepository(AuditRecord).find({
      where: { resourceType, resourceId },
      order: { occurredAt: 'DESC', id: 'ASC' },
      take: Math.min(limit, 200),
      skip: offset,
    });
  }
}
