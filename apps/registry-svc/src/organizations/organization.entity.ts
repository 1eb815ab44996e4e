import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { LocalExecutiveLevel, OrganizationKind, OrganizationRole } from './organization.enums';

/** An organisation of the directory: its current state. Every change is also kept in organization_version. */
@Entity({ name: 'organization' })
export class Organization {
  @PrimaryColumn('uuid')
  id!: string;

  /** Every organisation's identifier except an individual provider's. */
  @Column('text', { nullable: true })
  bin!: string | null;

  /**
   * An individual provider's IIN (Art. 5.2.2): personal data. Not selected unless asked for, so no other
   * module can hand it out by accident; responses and events carry it masked.
   */
  @Column('text', { nullable: true, select: false })
  iin?: string | null;

  @Column('text')
  nameKk!: string;

  @Column('text')
  nameRu!: string;

  @Column('text')
  kind!: OrganizationKind;

  @Column('text', { nullable: true })
  level!: LocalExecutiveLevel | null;

  @Column('text', { array: true })
  roles!: OrganizationRole[];

  @Column('uuid', { nullable: true })
  parentId!: string | null;

  /** KATO code of the administrative-territorial unit (9 digits). */
  @Column('text', { nullable: true })
  regionKato!: string | null;

  @Column('boolean')
  active!: boolean;

  @Column('int')
  version!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}

/** The organisation's fields as one immutable snapshot (organization_version.content). */
export interface OrganizationContent {
  bin: string | null;
  iin: string | null;
  nameKk: string;
  nameRu: string;
  kind: OrganizationKind;
  level: LocalExecutiveLevel | null;
  roles: OrganizationRole[];
  parentId: string | null;
  regionKato: string | null;
  active: boolean;
}

@Entity({ name: 'organization_version' })
export class OrganizationVersion {
  @PrimaryColumn('uuid')
  organizationId!: string;

  @PrimaryColumn('int')
  version!: number;

  @Column('jsonb')
  content!: OrganizationContent;

  @Column('text')
  changedBy!: string;

  @Column('timestamptz')
  changedAt!: Date;
}
