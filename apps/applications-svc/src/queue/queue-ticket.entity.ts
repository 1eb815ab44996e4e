import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { QueueWaitPurpose } from '@kzps/contracts';

/** Art. 8.9: one ticket of a PSC's queue terminal, its wait, and the standard's maximum it was held to. */
@Entity({ name: 'queue_ticket' })
export class QueueTicket {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid')
  pscId!: string;

  @Column('text', { nullable: true })
  pscBranch!: string | null;

  /** The terminal's own number for the ticket: one record per ticket, however often it is posted. */
  @Column('text')
  ticketNumber!: string;

  @Column('uuid')
  serviceId!: string;

  @Column('uuid')
  standardVersionId!: string;

  @Column('text')
  purpose!: QueueWaitPurpose;

  @Column('timestamptz')
  issuedAt!: Date;

  @Column('timestamptz')
  calledAt!: Date;

  @Column('int')
  waitMinutes!: number;

  @Column('int')
  maximumMinutes!: number;

  @Column('boolean')
  exceeded!: boolean;

  @Column('timestamptz')
  recordedAt!: Date;
}
