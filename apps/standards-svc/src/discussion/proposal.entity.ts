import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { Bilingual } from '@kzps/platform';

export const proposalOutcomes = ['accepted', 'partly_accepted', 'rejected'] as const;
export type ProposalOutcome = (typeof proposalOutcomes)[number];

/** A proposal or remark on a draft (Art. 9.1, 9.3), from an identified individual or legal entity. */
@Entity({ name: 'proposal' })
@Index(['versionId', 'submittedAt'])
export class Proposal {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid')
  standardId!: string;

  @Column('uuid')
  versionId!: string;

  /** Art. 9.4: anonymous proposals are not considered, so the source is always known. */
  @Column('text')
  authorKind!: 'individual' | 'legal_entity';

  /** IIN or BIN from the caller's token: personal data, masked in every public answer. */
  @Column('text')
  authorIdentifier!: string;

  @Column('text')
  authorSubject!: string;

  /** The item of Art. 8 the proposal is about, when it points at one. */
  @Column('text', { nullable: true })
  item!: string | null;

  @Column('text', { nullable: true })
  clause!: string | null;

  @Column('text')
  text!: string;

  @Column('timestamptz')
  submittedAt!: Date;

  @Column('text', { nullable: true })
  outcome!: ProposalOutcome | null;

  @Column('jsonb', { nullable: true })
  outcomeReason!: Bilingual | null;

  @Column('jsonb', { nullable: true })
  summary!: Bilingual | null;

  @Column('timestamptz', { nullable: true })
  decidedAt!: Date | null;
}
