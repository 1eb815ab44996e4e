import { randomUUID } from 'node:crypto';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { ApplicationStatus } from '@kzps/contracts';

/** One step of an application's history: every status it passed through, when, and who moved it. */
@Entity({ name: 'application_status_change' })
export class StatusChange {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid')
  applicationId!: string;

  @Column('text', { nullable: true })
  fromStatus!: ApplicationStatus | null;

  @Column('text')
  toStatus!: ApplicationStatus;

  @Column('timestamptz')
  changedAt!: Date;

  /** The token subject of who acted, or `system:applications-svc`. */
  @Column('text')
  actorSubject!: string;

  @Column('text', { nullable: true })
  actorRole!: string | null;
}

/** The history entry of one move, as both intake and the later transitions write it. */
export function statusChangeOf(
  applicationId: string,
  from: ApplicationStatus | null,
  to: ApplicationStatus,
  actor: { subject: string; roles: readonly string[] },
  at: Date,
): StatusChange {
  return Object.assign(new StatusChange(), {
    id: randomUUID(),
    applicationId,
    fromStatus: from,
    toStatus: to,
    changedAt: at,
    actorSubject: actor.subject,
    actorRole: actor.roles[0] ?? null,
  });
}
