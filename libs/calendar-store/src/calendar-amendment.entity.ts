import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { CalendarAmendmentKind } from '@kzps/contracts';

/**
 * One amendment of the working-day calendar. registry-svc records them (and revokes them, keeping the row);
 * every other service holds a copy of the ones in force, replaced from the registry's events.
 */
@Entity({ name: 'calendar_amendment' })
export class CalendarAmendmentRow {
  @PrimaryColumn({ type: 'varchar', length: 100 })
  id!: string;

  @Column({ type: 'varchar', length: 20 })
  kind!: CalendarAmendmentKind;

  /** A transfer: the day off that becomes a working day... */
  @Column({ type: 'date', nullable: true })
  dateFrom!: string | null;

  /** ...and the working day that becomes a day off. */
  @Column({ type: 'date', nullable: true })
  dateTo!: string | null;

  /** An extra day off or working day. */
  @Column({ type: 'date', nullable: true })
  date!: string | null;

  @Column({ type: 'varchar', length: 300, nullable: true })
  nameKk!: string | null;

  @Column({ type: 'varchar', length: 300, nullable: true })
  nameRu!: string | null;

  @Column({ type: 'varchar', length: 50, nullable: true })
  holidayId!: string | null;

  /** The act in Kazakh and in Russian (Art. 5). */
  @Column({ type: 'text' })
  legalBasisKk!: string;

  @Column({ type: 'text' })
  legalBasisRu!: string;

  @Column({ type: 'timestamptz' })
  recordedAt!: Date;

  @Column({ type: 'varchar', length: 128, nullable: true })
  recordedBy!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;

  @Column({ type: 'varchar', length: 128, nullable: true })
  revokedBy!: string | null;

  @Column({ type: 'text', nullable: true })
  revocationBasis!: string | null;
}

/** The one row that says which change of the calendar this database holds. */
@Entity({ name: 'calendar_revision' })
export class CalendarRevisionRow {
  @PrimaryColumn({ type: 'smallint' })
  id!: number;

  @Column({ type: 'integer' })
  revision!: number;

  @Column({ type: 'timestamptz', nullable: true })
  changedAt!: Date | null;
}
