import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { OrganizationKind, OrganizationRole } from '@kzps/contracts';
import type { Bilingual } from '@kzps/platform';

/** An organisation as the registry last described it (organization.upserted). */
@Entity({ name: 'organization_ref' })
export class OrganizationRef {
  @PrimaryColumn('uuid')
  id!: string;

  /** Null for an individual provider (Art. 5.2.2): it has an IIN, which no event carries. */
  @Index()
  @Column('text', { nullable: true })
  bin!: string | null;

  @Column('jsonb')
  name!: Bilingual;

  /** The registry's kind (Art. 1): central-state-body, local-executive-body, ... */
  @Column('text')
  kind!: OrganizationKind;

  /**
   * The parts the registry gives it: the designated authorities and the Ministry of Justice are found by
   * them. Empty for a row written before the registry's events carried roles, until its next upsert.
   */
  @Column('text', { array: true, default: () => "'{}'" })
  roles!: OrganizationRole[];

  @Column('boolean')
  active!: boolean;

  /** The registry's own `updatedAt`: an older upsert arriving late does not overwrite a newer one. */
  @Column('timestamptz')
  sourceUpdatedAt!: Date;
}
