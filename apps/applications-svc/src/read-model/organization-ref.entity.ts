import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { Bilingual } from '@kzps/platform';

/** An organisation as the registry last described it (providers, owners, PSCs), fed by its events. */
@Entity({ name: 'organization_ref' })
export class OrganizationRef {
  @PrimaryColumn('uuid')
  id!: string;

  /** Null for an individual provider (Art. 5.2.2), whose IIN never leaves the registry. */
  @Column('text', { nullable: true })
  bin!: string | null;

  @Column('jsonb')
  name!: Bilingual;

  /** The contract's coarse kind. */
  @Column('text')
  kind!: string;

  /** The registry's finer kind: tells a PSC (`psc`) from a specialised PSC (`specialised-psc`). */
  @Column('text', { nullable: true })
  registryKind!: string | null;

  @Column('text', { array: true, default: () => "'{}'" })
  roles!: string[];

  /** KATO code of the region, for monitoring by region. */
  @Column('text', { nullable: true })
  regionKato!: string | null;

  @Column('boolean')
  active!: boolean;

  @Column('timestamptz')
  sourceUpdatedAt!: Date;
}
