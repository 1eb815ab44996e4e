import type { Bilingual } from '@kzps/platform';
import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { ApprovingAct } from '../registration/approving-act';
import type { Publication } from '../registration/publication';
import type { StandardContent } from './standard-content';
import type { BasisKind, VersionKind, VersionStatus } from './lifecycle';
import type { ExclusionDecree } from '../read-model/service-ref.entity';

/** Art. 6.1: the exclusion that ended a version (closed it, or cancelled it in force), and from when. */
export interface VersionExclusion {
  decree: ExclusionDecree | null;
  /** The start of the exclusion's effective day. */
  excludedAt: string;
}

@Entity({ name: 'standard_version' })
@Index(['standardId', 'number'], { unique: true })
// The number in the State register of normative legal acts belongs to one act only.
@Index('standard_version_registration_number', ['registrationNumber'], {
  unique: true,
  where: 'registration_number IS NOT NULL',
})
export class StandardVersion {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid')
  standardId!: string;

  @Column('int')
  number!: number;

  @Column('text')
  kind!: VersionKind;

  @Column('text')
  status!: VersionStatus;

  @Column('text')
  basisKind!: BasisKind;

  /** The recommendation, monitoring report or complaint decision the change rests on (Art. 7.5). */
  @Column('text', { nullable: true })
  basisReference!: string | null;

  /** The recommendation (monitoring-svc's) the change cites as its basis, when it cites one (Art. 7.5). */
  @Column('uuid', { nullable: true })
  basisRecommendationId!: string | null;

  /** The working draft: only the owner's officers read it before it is published. */
  @Column('jsonb')
  content!: StandardContent;

  /** What the public reads: the draft under discussion, then the revised draft from the notice (Art. 9.4). */
  @Column('jsonb', { nullable: true })
  publishedContent!: StandardContent | null;

  @Column('timestamptz', { nullable: true })
  discussionOpenedAt!: Date | null;

  /** Art. 9.5: the last moment a proposal is considered. */
  @Column('timestamptz', { nullable: true })
  discussionEndsAt!: Date | null;

  /**
   * The first version's discussion opened after the Art. 9.5 term (30 calendar days from inclusion) had run
   * out: still held (Art. 7.4), with 30 calendar days of its own; the missed term stays on record.
   */
  @Column('boolean', { default: false })
  discussionLate!: boolean;

  @Column('timestamptz', { nullable: true })
  noticePublishedAt!: Date | null;

  /** The central body's act approving this version (Art. 7.1), recorded once every body has agreed. */
  @Column('jsonb', { nullable: true })
  approvingAct!: ApprovingAct | null;

  @Column('text', { nullable: true })
  registrationNumber!: string | null;

  @Column('date', { nullable: true })
  registrationDate!: string | null;

  /**
   * The act's first official publication (where, when, who entered it). Registered, a version enters into
   * force only once it is published, on the day its act states or ten calendar days after (D31).
   */
  @Column('jsonb', { nullable: true })
  publication!: Publication | null;

  /** The start of the day the version enters (or entered) into force; set once its publication is known. */
  @Column('timestamptz', { nullable: true })
  inForceFrom!: Date | null;

  @Column('timestamptz', { nullable: true })
  inForceUntil!: Date | null;

  /**
   * Set when the watcher could not put the version in force on its day: it is left out of the next passes
   * (with its error) until the owner records the publication again.
   */
  @Column('timestamptz', { nullable: true })
  entryIntoForceParkedAt!: Date | null;

  /** The error as the code raised it, for support and the audit; the owner reads the kk/ru reason. */
  @Column('text', { nullable: true })
  entryIntoForceError!: string | null;

  @Column('jsonb', { nullable: true })
  entryIntoForceLocalizedError!: Bilingual | null;

  /** Set when the service's exclusion from the registry closed the version or cancelled it in force. */
  @Column('jsonb', { nullable: true })
  endedByExclusion!: VersionExclusion | null;

  /** Art. 25: the version was in force before this service and was imported with its history. */
  @Column('timestamptz', { nullable: true })
  importedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
