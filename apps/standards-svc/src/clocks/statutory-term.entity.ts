import type { SkippedDay } from '@kzps/calendar';
import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * The statutory terms of a standard: Art. 7.1 standard within 3 months of inclusion, Art. 9.5 discussion
 * within 30 calendar days of inclusion, Art. 17.2 public information within 3 working days of adoption or
 * change, Art. 10.1 reglament within one month of adoption, Art. 25 a standard in force before the law aligned
 * with it within three months of the law's entry into force.
 */
export const termKinds = [
  'standard_adoption',
  'public_discussion',
  'public_information',
  'reglament',
  'transition_alignment',
] as const;
export type TermKind = (typeof termKinds)[number];

export const termArticles: Record<TermKind, string> = {
  standard_adoption: '7.1',
  public_discussion: '9.5',
  public_information: '17.2',
  reglament: '10.1',
  transition_alignment: '25',
};

/**
 * `missed`: ran out and still outstanding; `met_late`: missed, then done after all (the miss stays on record);
 * `lapsed`: stopped applying before it was met (service excluded, version replaced or cancelled).
 */
export const termStatuses = ['open', 'met', 'missed', 'met_late', 'lapsed'] as const;
export type TermStatus = (typeof termStatuses)[number];

@Entity({ name: 'statutory_term' })
@Index(['standardId', 'kind', 'scope'], { unique: true })
@Index('statutory_term_open_due', ['dueAt'], { where: "status = 'open'" })
export class StatutoryTerm {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid')
  standardId!: string;

  @Column('text')
  kind!: TermKind;

  /** `standard` for the standard's own terms, or the version id for a version's terms. */
  @Column('text')
  scope!: string;

  @Column('timestamptz')
  startsAt!: Date;

  /** The last day of the term (Asia/Almaty), as the calendar library counted it. */
  @Column('date')
  dueDate!: string;

  /** The moment the term runs out: the end of `dueDate` in Asia/Almaty. */
  @Column('timestamptz')
  dueAt!: Date;

  /** The days the calendar library skipped or moved the end over, with their reasons (kk/ru). */
  @Column('jsonb', { default: () => "'[]'" })
  skipped!: SkippedDay[];

  /** The term touches a year whose calendar is not final (computed from the statutory rules). */
  @Column('boolean', { default: false })
  provisional!: boolean;

  @Column('text')
  status!: TermStatus;

  @Column('timestamptz', { nullable: true })
  metAt!: Date | null;

  @Column('timestamptz', { nullable: true })
  missedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
