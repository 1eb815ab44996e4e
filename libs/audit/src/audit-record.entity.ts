import { Column, Entity, PrimaryColumn } from 'typeorm';

export type AuditOutcome = 'succeeded' | 'failed' | 'denied';

/**
 * One state-changing action: who (subject, roles, organisation), what (action on a resource), when, with
 * what result, under which request id. Append-only (a trigger refuses UPDATE and DELETE). Holds the
 * actor's opaque subject id, never an IIN: the summary text is masked before it is stored.
 */
@Entity({ name: 'audit_record' })
export class AuditRecord {
  @PrimaryColumn('uuid')
  id!: string;

  @Column({ type: 'timestamptz' })
  occurredAt!: Date;

  @Column({ type: 'varchar', length: 128 })
  actorSubject!: string;

  @Column({ type: 'text', array: true })
  actorRoles!: string[];

  @Column({ type: 'varchar', length: 128, nullable: true })
  organizationId!: string | null;

  /** Verb in dotted form, e.g. `standard.approve`, `application.submit`. */
  @Column({ type: 'varchar', length: 100 })
  action!: string;

  @Column({ type: 'varchar', length: 100 })
  resourceType!: string;

  @Column({ type: 'varchar', length: 128, nullable: true })
  resourceId!: string | null;

  /** Short human-readable "what", with 12-digit identifiers masked. */
  @Column({ type: 'text', nullable: true })
  summary!: string | null;

  @Column({ type: 'varchar', length: 16 })
  outcome!: AuditOutcome;

  @Column({ type: 'varchar', length: 128, nullable: true })
  requestId!: string | null;
}
