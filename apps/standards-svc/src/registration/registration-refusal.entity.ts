import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { Bilingual } from '@kzps/platform';

/** Art. 7.2: the Ministry of Justice refused to register an agreed version; it went back to revision. */
@Entity({ name: 'registration_refusal' })
@Index(['standardId', 'refusedAt'])
export class RegistrationRefusal {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid')
  standardId!: string;

  @Column('uuid')
  versionId!: string;

  /** Why, in Kazakh and Russian: the owner revises the draft against these. */
  @Column('jsonb')
  reasons!: Bilingual;

  @Column('timestamptz')
  refusedAt!: Date;

  /** The officer's subject (an opaque id, never a name). */
  @Column('text')
  refusedBy!: string;

  @Column('uuid', { nullable: true })
  refusedByOrganizationId!: string | null;
}
