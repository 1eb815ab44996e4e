import type { Bilingual } from '@kzps/platform';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { AuthorityRole, DesignationActKind } from './organization.enums';

/** The legal act that designates a body an authorised body, as the administrator recorded it. */
export interface DesignationAct {
  kind: DesignationActKind;
  number: string;
  date: string;
  title: Bilingual;
}

/**
 * One assignment of an organisation's authority roles by the platform administrator, on the act that
 * designates it (D38): the roles it holds from then on, the act, who recorded it and when.
 */
@Entity({ name: 'authority_designation' })
@Index('authority_designation_organization', ['organizationId', 'recordedAt'])
export class AuthorityDesignation {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid')
  organizationId!: string;

  /** The authority roles the organisation holds after this act (empty: every one withdrawn). */
  @Column('text', { array: true })
  roles!: AuthorityRole[];

  @Column('jsonb')
  act!: DesignationAct;

  @Column('timestamptz')
  recordedAt!: Date;

  @Column('text')
  recordedBy!: string;
}
