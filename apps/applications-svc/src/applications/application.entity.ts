import { Column, Entity, PrimaryColumn } from 'typeorm';
import type {
  ApplicationChannel,
  ApplicationResultForm,
  ApplicationStatus,
  PinnedTermV1,
} from '@kzps/contracts';
import type { Bilingual } from '@kzps/platform';

export type RecipientType = 'individual' | 'legal-entity';

/** Art. 14.3: how the PSC (or the provider's officer) identified the recipient. */
export const identificationMethods = [
  'identity_document',
  'biometric_verification',
  'digital_signature',
] as const;
export type IdentificationMethod = (typeof identificationMethods)[number];

/** Art. 14.4: the recipient's written consent to the operator signing the request with the service signature. */
export interface OperatorSignatureConsent {
  consentFormNumber: string;
  operatorSubject: string;
  recordedAt: string;
}

/**
 * Art. 15.2: the recipient's signature over the electronic request, as verified at intake: the CMS itself
 * (the proof) and its certificate's serial and validity. The signer is the recipient (checked at intake).
 */
export interface RequestSignature {
  cms: string;
  certificateSerial: string;
  certificateNotAfter: string;
  verifiedAt: string;
}

/** Art. 15.3: what the provider recorded as the result. */
export interface ApplicationResult {
  form: ApplicationResultForm;
  /** Electronic document: its SHA-256 and the provider's signature over it (lifecycle/result-signature.ts). */
  documentSha256: string | null;
  providerSignature: string | null;
  /** The serial of the provider's certificate the signature was verified with, and when. */
  providerCertificateSerial?: string | null;
  providerSignatureVerifiedAt?: string | null;
  /** Paper document: its outgoing number. */
  documentNumber: string | null;
  /** Entry in a state information system: the system and the entry's reference. */
  informationSystem: string | null;
  entryReference: string | null;
  recordedBy: string;
}

/** Art. 5.3.2, 8.8: a motivated refusal on one of the pinned standard's grounds. */
export interface ApplicationRefusal {
  groundId: string;
  ground: Bilingual;
  motivation: Bilingual;
  refusedBy: string;
}

/**
 * An application for a public service, pinned to the standard version it was accepted under: its term,
 * documents and refusal grounds are that version's, whatever the standard becomes later.
 */
@Entity({ name: 'application' })
export class Application {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('text')
  trackingNumber!: string;

  @Column('uuid')
  serviceId!: string;

  @Column('uuid')
  standardId!: string;

  @Column('uuid')
  standardVersionId!: string;

  @Column('uuid')
  ownerId!: string;

  @Column('uuid')
  providerId!: string;

  @Column('uuid', { nullable: true })
  pscId!: string | null;

  @Column('text', { nullable: true })
  pscBranch!: string | null;

  @Column('text', { nullable: true })
  regionKato!: string | null;

  @Column('text')
  channel!: ApplicationChannel;

  @Column('text')
  recipientType!: RecipientType;

  /** IIN or BIN (Art. 15.2). Masked in every list but the recipient's own; never in logs. */
  @Column('text')
  recipientIdNumber!: string;

  @Column('text')
  status!: ApplicationStatus;

  /** The pinned standard's term (Art. 8.5), copied so a reader needs no join to know it. */
  @Column('jsonb')
  term!: PinnedTermV1;

  @Column('timestamptz')
  acceptedAt!: Date;

  /** Who accepted it: the operator or officer at the desk, or the recipient through the portal. */
  @Column('text')
  acceptedBy!: string;

  @Column('date')
  dueDate!: string;

  @Column('timestamptz')
  dueAt!: Date;

  /** Art. 5.5.5: the result at the PSC by then; null outside the PSC channels. */
  @Column('timestamptz', { nullable: true })
  handoverDueAt!: Date | null;

  @Column('uuid', { array: true })
  documentIds!: string[];

  @Column('text', { nullable: true })
  identificationMethod!: IdentificationMethod | null;

  @Column('jsonb', { nullable: true })
  operatorSignatureConsent!: OperatorSignatureConsent | null;

  @Column('jsonb', { nullable: true })
  requestSignature!: RequestSignature | null;

  /** Art. 18: the fee the pinned standard sets; null for a free service. */
  @Column('int', { nullable: true })
  feeKzt!: number | null;

  @Column('timestamptz', { nullable: true })
  paidAt!: Date | null;

  @Column('jsonb', { nullable: true })
  result!: ApplicationResult | null;

  /** For a PSC application, also when the result reached the PSC. */
  @Column('timestamptz', { nullable: true })
  resultRecordedAt!: Date | null;

  @Column('timestamptz', { nullable: true })
  issuedAt!: Date | null;

  @Column('jsonb', { nullable: true })
  refusal!: ApplicationRefusal | null;

  /** When it was refused, withdrawn or issued. */
  @Column('timestamptz', { nullable: true })
  closedAt!: Date | null;

  @Column('timestamptz', { nullable: true })
  overdueRaisedAt!: Date | null;

  @Column('timestamptz', { nullable: true })
  handoverLateRaisedAt!: Date | null;

  @Column('timestamptz')
  updatedAt!: Date;
}
