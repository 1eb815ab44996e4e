import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { DecreeKind } from './decree';
import type {
  Channel,
  DeliveryForm,
  RecipientType,
  ServiceStatus,
  VersionChange,
} from './service-entry.enums';

/** Every field of Art. 6.2 plus the registry's own (code, classifier position, channels, legal basis). */
export interface ServiceEntryContent {
  nameKk: string;
  nameRu: string;
  descriptionKk: string | null;
  descriptionRu: string | null;
  classifierCode: string;
  recipientTypes: RecipientType[];
  /**
   * The central state body ensuring the development and approval of the standard (Art. 6.2, 7.1). Null only
   * where a migration took a local executive body out of that role (D25) and no act has named the central
   * body yet: every new version must name it.
   */
  ownerId: string | null;
  providerIds: string[];
  intakeOrganizationIds: string[];
  intakeViaPortal: boolean;
  deliveryForm: DeliveryForm;
  channels: Channel[];
  paid: boolean;
  feeLegalBasisKk: string | null;
  feeLegalBasisRu: string | null;
  legalBasisKk: string;
  legalBasisRu: string;
  termWorkingDays: number | null;
}

/**
 * The current state of a registry entry (the head of its versions), kept in columns for search and
 * filters. The search vectors are generated columns of the migration, not mapped here.
 */
@Entity({ name: 'service_entry' })
export class ServiceEntry implements ServiceEntryContent {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('text')
  code!: string;

  @Column('text')
  status!: ServiceStatus;

  @Column('int')
  version!: number;

  @Column('text')
  nameKk!: string;

  @Column('text')
  nameRu!: string;

  @Column('text', { nullable: true })
  descriptionKk!: string | null;

  @Column('text', { nullable: true })
  descriptionRu!: string | null;

  @Column('text')
  classifierCode!: string;

  @Column('text', { array: true })
  recipientTypes!: RecipientType[];

  @Column('uuid', { nullable: true })
  ownerId!: string | null;

  @Column('uuid', { array: true })
  providerIds!: string[];

  @Column('uuid', { array: true })
  intakeOrganizationIds!: string[];

  @Column('boolean')
  intakeViaPortal!: boolean;

  @Column('text')
  deliveryForm!: DeliveryForm;

  @Column('text', { array: true })
  channels!: Channel[];

  @Column('boolean')
  paid!: boolean;

  @Column('text', { nullable: true })
  feeLegalBasisKk!: string | null;

  @Column('text', { nullable: true })
  feeLegalBasisRu!: string | null;

  @Column('text')
  legalBasisKk!: string;

  @Column('text')
  legalBasisRu!: string;

  @Column('int', { nullable: true })
  termWorkingDays!: number | null;

  @Column('text', { nullable: true })
  inclusionDecreeKind!: DecreeKind | null;

  @Column('text', { nullable: true })
  inclusionDecreeNumber!: string | null;

  @Column('date', { nullable: true })
  inclusionDecreeDate!: string | null;

  /** Art. 7.1, 9.5: the statutory clocks of the standard start here. */
  @Column('timestamptz', { nullable: true })
  includedAt!: Date | null;

  @Column('timestamptz', { nullable: true })
  excludedAt!: Date | null;

  /** Lower-cased names and code (JS lower-casing knows Kazakh letters whatever the collation). */
  @Column('text')
  searchNames!: string;

  /** Lower-cased descriptions. */
  @Column('text')
  searchDetails!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}

/** One version of an entry: what it said, why it changed, from when it applies and when it did. */
@Entity({ name: 'service_entry_version' })
export class ServiceEntryVersion {
  @PrimaryColumn('uuid')
  serviceId!: string;

  @PrimaryColumn('int')
  version!: number;

  @Column('text')
  change!: VersionChange;

  @Column('text')
  status!: ServiceStatus;

  @Column('jsonb')
  content!: ServiceEntryContent;

  /** What kind of act the decree is (Art. 6.3); null exactly when there is no decree (a draft's version). */
  @Column('text', { nullable: true })
  decreeKind!: DecreeKind | null;

  @Column('text', { nullable: true })
  decreeNumber!: string | null;

  @Column('date', { nullable: true })
  decreeDate!: string | null;

  /** From when the version is the registry's word; null for drafts, which are not in the registry yet. */
  @Column('date', { nullable: true })
  effectiveDate!: string | null;

  @Column('text', { nullable: true })
  reasonKk!: string | null;

  @Column('text', { nullable: true })
  reasonRu!: string | null;

  @Column('text')
  recordedBy!: string;

  @Column('timestamptz')
  recordedAt!: Date;

  /**
   * When the version became the entry's head; null while it is scheduled (a decree recorded before its
   * effective date). Draft versions apply when recorded.
   */
  @Column('timestamptz', { nullable: true })
  appliedAt!: Date | null;

  /** Set when the act was revoked before it took effect; such a version never applies. */
  @Column('timestamptz', { nullable: true })
  revokedAt!: Date | null;

  @Column('text', { nullable: true })
  revokedBy!: string | null;

  @Column('text', { nullable: true })
  revocationReasonKk!: string | null;

  @Column('text', { nullable: true })
  revocationReasonRu!: string | null;

  /**
   * Set when the watcher could not apply the version on its day (its event broke the contract): it stays
   * pending with the error, holds back the versions after it, and can be revoked.
   */
  @Column('timestamptz', { nullable: true })
  parkedAt!: Date | null;

  /** The error as the code raised it, for support and the audit; the authority reads the kk/ru reason. */
  @Column('text', { nullable: true })
  parkedError!: string | null;

  @Column('text', { nullable: true })
  parkedErrorKk!: string | null;

  @Column('text', { nullable: true })
  parkedErrorRu!: string | null;
}
