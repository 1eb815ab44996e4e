import type { VersionStatus } from './lifecycle';
import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** One standard per public service (Art. 7.1); its content lives in versions. */
@Entity({ name: 'standard' })
export class Standard {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { unique: true })
  serviceId!: string;

  /** When the service entered the registry: the start of the statutory clocks (Art. 7.1, 9.5). */
  @Column('timestamptz')
  includedAt!: Date;

  /** The stage of the version being worked on, else `in_force` or `cancelled`. */
  @Column('text')
  status!: VersionStatus;

  @Column('uuid', { nullable: true })
  inForceVersionId!: string | null;

  @Column('uuid', { nullable: true })
  workingVersionId!: string | null;

  /** True once a cancellation is registered: the service has no standard in force. */
  @Column('boolean', { default: false })
  cancelled!: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
