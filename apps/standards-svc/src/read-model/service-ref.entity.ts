import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { Bilingual } from '@kzps/platform';
import type { Channel } from '../standards/standard-content';

export type DeliveryForm = 'paper' | 'electronic' | 'both';

/** The act that excluded the service from the registry (Art. 6.1), as its event named it. */
export interface ExclusionDecree {
  number: string;
  /** The act's date (YYYY-MM-DD). */
  date: string;
  title: Bilingual;
}

/** A public service as the registry last described it (read model fed by registry events, never queried). */
@Entity({ name: 'service_ref' })
export class ServiceRef {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('text')
  code!: string;

  @Column('jsonb')
  name!: Bilingual;

  /**
   * The central state body or local executive body that develops and approves the standard (Art. 6.2, 7.1).
   * Null only for a service whose registry events never carried the owner (sent before v1 had the field).
   */
  @Column('uuid', { nullable: true })
  ownerId!: string | null;

  @Column('jsonb')
  providerIds!: string[];

  @Column('jsonb')
  channels!: Channel[];

  @Column('text')
  deliveryForm!: DeliveryForm;

  @Column('boolean')
  paid!: boolean;

  @Column('text')
  status!: 'included' | 'excluded';

  /** Null while only an amendment has been seen: the inclusion (and its date) has not arrived yet. */
  @Column('timestamptz', { nullable: true })
  includedAt!: Date | null;

  @Column('timestamptz', { nullable: true })
  excludedAt!: Date | null;

  /** Null while the service is in the registry, or when its exclusion event named no act. */
  @Column('jsonb', { nullable: true })
  exclusionDecree!: ExclusionDecree | null;

  @Column('timestamptz')
  updatedAt!: Date;
}
