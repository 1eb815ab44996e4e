import type { InformationUpdateChange, InformationUpdateRole } from '@kzps/contracts';
import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * One body's Art. 17.2 duty after one version of a standard came into force or was cancelled: the owner
 * (услугодатель) and each provider (поставщик) the registry named for the service at that moment update
 * their information on the order of delivery within three working days, and confirm it themselves. The
 * term is the version's `public_information` statutory term (its end recounted with the calendar).
 */
@Entity({ name: 'information_update' })
@Index(['versionId', 'organizationId'], { unique: true })
@Index('information_update_outstanding', ['termId'], { where: 'confirmed_at IS NULL AND overdue_at IS NULL' })
export class InformationUpdate {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid')
  standardId!: string;

  @Column('uuid')
  versionId!: string;

  /** The version's `public_information` statutory term: where the three working days end. */
  @Column('uuid')
  termId!: string;

  @Column('uuid')
  organizationId!: string;

  @Column('text', { array: true })
  roles!: InformationUpdateRole[];

  @Column('text')
  change!: InformationUpdateChange;

  /** The day (Kazakhstan) the body says it updated its information: the legal fact, not the click. */
  @Column('date', { nullable: true })
  updatedOn!: string | null;

  @Column('timestamptz', { nullable: true })
  confirmedAt!: Date | null;

  /** The officer who confirmed (token subject). */
  @Column('text', { nullable: true })
  confirmedBy!: string | null;

  /** When the watcher found the term run out with no confirmation (raised once). */
  @Column('timestamptz', { nullable: true })
  overdueAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
