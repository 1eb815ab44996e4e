import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { Bilingual } from '@kzps/platform';
import type { ApproverKind } from './approvers';

export type ApprovalStatus = 'pending' | 'approved' | 'returned';

/** One body's agreement of a version (Art. 7.1, 7.3, 9.4). */
@Entity({ name: 'approval' })
@Index(['versionId', 'kind', 'organizationId'], { unique: true })
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
