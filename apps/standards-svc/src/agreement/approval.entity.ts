import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { Bilingual } from '@kzps/platform';
import type { ApproverKind } from './approvers';

/** `superseded`: the round ended (another body returned the draft) before this body decided. */
export const approvalStatuses = ['pending', 'approved', 'returned', 'superseded'] as const;
export type ApprovalStatus = (typeof approvalStatuses)[number];

/**
 * One body's agreement of a version in one round (Art. 7.1, 7.3, 9.4). Every submission to agreement is a
 * round of its own rows, so an earlier round's decisions and remarks stay readable.
 */
@Entity({ name: 'approval' })
@Index(['versionId', 'round', 'kind', 'organizationId'], { unique: true })
export class Approval {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid')
  standardId!: string;

  @Column('uuid')
  versionId!: string;

  @Column('text')
  kind!: ApproverKind;

  @Column('uuid')
  organizationId!: string;

  @Column('text')
  status!: ApprovalStatus;

  /** Which submission to agreement this decision belongs to: a return sends the draft back to revision. */
  @Column('int')
  round!: number;

  @Column('jsonb', { nullable: true })
  remarks!: Bilingual | null;

  @Column('timestamptz', { nullable: true })
  decidedAt!: Date | null;

  @Column('text', { nullable: true })
  decidedBy!: string | null;
}
