import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { ApplicationChannel } from '@kzps/contracts';
import type { Bilingual } from '@kzps/platform';
import type { RecipientType } from '../applications/application.entity';

/**
 * Art. 14.2: the operator refused to accept an application because the documents presented were not the
 * standard's full list for the channel. Kept (monitoring counts them) with each missing document named.
 */
@Entity({ name: 'intake_refusal' })
export class IntakeRefusal {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid')
  serviceId!: string;

  @Column('uuid')
  standardVersionId!: string;

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

  @Column('text')
  recipientIdNumber!: string;

  @Column('uuid', { array: true })
  documentIds!: string[];

  @Column('jsonb')
  missingDocuments!: Array<{ id: string; name: Bilingual }>;

  @Column('timestamptz')
  refusedAt!: Date;

  @Column('text')
  refusedBy!: string;
}
