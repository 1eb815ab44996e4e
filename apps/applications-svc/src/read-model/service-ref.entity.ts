import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { Bilingual } from '@kzps/platform';

/** A public service as the registry last described it, fed by its events (never a call to the registry). */
@Entity({ name: 'service_ref' })
export class ServiceRef {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('text')
  code!: string;

  @Column('jsonb')
  name!: Bilingual;

  @Column('uuid', { nullable: true })
  ownerId!: string | null;

  @Column('uuid', { array: true })
  providerIds!: string[];

  @Column('boolean')
  paid!: boolean;

  /** An excluded service takes no applications; those already accepted run to their end. */
  @Column('text')
  status!: 'included' | 'excluded';

  /** The time of the newest registry event applied: an older one arriving later changes nothing. */
  @Column('timestamptz')
  updatedAt!: Date;
}
