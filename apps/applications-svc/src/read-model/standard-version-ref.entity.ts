import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { ApplicationChannel, ApplicationResultForm, PinnedTermV1 } from '@kzps/contracts';
import type { Bilingual } from '@kzps/platform';

/** Art. 8.7: a required document, with an id this service gives it within its standard version. */
export interface StandardDocument {
  id: string;
  name: Bilingual;
  mandatory: boolean;
  form: string;
  perChannel: Array<{ channel: string; mandatory: boolean; form: string }>;
}

/** Art. 8.8: a ground for refusal, with an id this service gives it within its standard version. */
export interface StandardRefusalGround {
  id: string;
  text: Bilingual;
  legalBasis: Bilingual | null;
}

/** Art. 8.6, 18. */
export interface StandardFee {
  free: boolean;
  amountKzt: number | null;
  paymentMethods: string[];
  legalBasis: Bilingual;
}

/** Art. 8.9: the longest wait in the queue, in minutes. */
export interface StandardQueueWait {
  applyingMinutes: number;
  collectingMinutes: number;
}

export type StandardVersionStatus = 'in_force' | 'superseded' | 'cancelled';

/**
 * One registered version of a service's standard, as standards-svc announced it. The content never changes
 * once written: an application pins its version, so an amendment (a new version) never changes the term,
 * documents or refusal grounds it was accepted under. Only the status moves.
 */
@Entity({ name: 'standard_version_ref' })
export class StandardVersionRef {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid')
  standardId!: string;

  @Column('uuid')
  serviceId!: string;

  @Column('int')
  versionNumber!: number;

  @Column('text')
  registrationNumber!: string;

  @Column('timestamptz')
  inForceFrom!: Date;

  @Column('text')
  status!: StandardVersionStatus;

  @Column('uuid')
  ownerId!: string;

  @Column('uuid', { array: true })
  providerIds!: string[];

  @Column('text', { array: true })
  channels!: ApplicationChannel[];

  @Column('text', { array: true })
  resultForms!: ApplicationResultForm[];

  @Column('jsonb')
  term!: PinnedTermV1;

  @Column('jsonb')
  queueWait!: StandardQueueWait;

  @Column('jsonb')
  fee!: StandardFee;

  @Column('jsonb')
  documents!: StandardDocument[];

  @Column('jsonb')
  refusalGrounds!: StandardRefusalGround[];
}
