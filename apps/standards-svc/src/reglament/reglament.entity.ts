import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { Bilingual } from '@kzps/platform';
import type { StepUnit } from './reglament-term';

export interface ReglamentStep {
  order: number;
  title: Bilingual;
  responsibleUnit: Bilingual;
  officialRole: Bilingual;
  /** Art. 11.1.3: the information system the step runs in, named in Kazakh and Russian (Art. 5). */
  informationSystem: Bilingual | null;
  duration: { value: number; unit: StepUnit };
}

export interface ReglamentInteractions {
  /** Art. 11.1.3: how officials, units and the provider's information system work together. */
  internal: Bilingual;
  /** Art. 11.1.4: how the PSC takes part, when the service goes through one. */
  psc: Bilingual | null;
  /** Art. 11.1.4: other bodies and providers, and their information systems. */
  otherBodies: Bilingual | null;
}

export type ReglamentStatus = 'draft' | 'agreement' | 'approved';
/** Art. 10.2-3: an order of the central body, or a resolution of the akimat for local services. */
export type ApprovingActKind = 'central_body_order' | 'akimat_resolution';

/** One approving act: the owner's order, or one akimat's resolution (Art. 10.3: each akimat adopts its own). */
export interface ReglamentAct {
  organizationId: string;
  actNumber: string;
  actDate: string;
  /** ISO instant the act was recorded. */
  approvedAt: string;
  /** The officer's subject (an opaque id, never a name); null for acts recorded before it was kept. */
  approvedBy: string | null;
}

/** The reglament of an in-force standard version (Ch. 4). */
@Entity({ name: 'reglament' })
export class Reglament {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid')
  standardId!: string;

  @Column('uuid', { unique: true })
  versionId!: string;

  @Column('text')
  status!: ReglamentStatus;

  @Column('jsonb')
  generalProvisions!: Bilingual;

  @Column('jsonb')
  steps!: ReglamentStep[];

  @Column('jsonb')
  interactions!: ReglamentInteractions;

  @Column('text')
  actKind!: ApprovingActKind;

  /** The acts recorded so far; the reglament is approved once every approving body has one. */
  @Column('jsonb', { default: () => "'[]'" })
  acts!: ReglamentAct[];

  /** Art. 10.4: electronic and PSC services need the informatization authority's agreement. */
  @Column('boolean')
  informatizationRequired!: boolean;

  @Column('uuid', { nullable: true })
  informatizationAuthorityId!: string | null;

  @Column('timestamptz', { nullable: true })
  informatizationAgreedAt!: Date | null;

  /** When the last approving act was recorded. */
  @Column('timestamptz', { nullable: true })
  approvedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
