import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { Bilingual } from '@kzps/platform';
import type { ProposalOutcome } from './proposal.entity';

export interface NoticeEntry {
  proposalId: string;
  /** Art. 9.4: who the proposal came from, as a person reads it in Kazakh and Russian (the IIN masked). */
  source: Bilingual;
  item: string | null;
  clause: string | null;
  /** Art. 9.4: required since the summary became part of every outcome; null only in older notices. */
  summary: Bilingual | null;
  text: string;
  outcome: ProposalOutcome;
  reason: Bilingual;
}

/** Art. 9.4: the notice on completing a public discussion. */
@Entity({ name: 'discussion_notice' })
export class DiscussionNotice {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid')
  standardId!: string;

  @Column('uuid', { unique: true })
  versionId!: string;

  @Column('timestamptz')
  publishedAt!: Date;

  /** Where the revised draft can be read from the day of publication. */
  @Column('text')
  revisedDraftUrl!: string;

  @Column('jsonb', { nullable: true })
  note!: Bilingual | null;

  @Column('jsonb')
  entries!: NoticeEntry[];

  /** The bodies the notice was sent to for agreement. */
  @Column('jsonb')
  sentTo!: Array<{ kind: string; organizationId: string }>;
}
