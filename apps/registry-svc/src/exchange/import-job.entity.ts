import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { Actor } from '../common/actor';
import type { ImportReportDto } from './dto/import-report.dto';

export const importJobStatuses = ['queued', 'running', 'imported', 'rejected', 'failed'] as const;
export type ImportJobStatus = (typeof importJobStatuses)[number];

/** A CSV import queued by a request and run by whichever replica claims it. */
@Entity({ name: 'import_job' })
export class ImportJob {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('varchar', { length: 16 })
  status!: ImportJobStatus;

  /** SHA-256 of the file: the same file sent again finds this job. */
  @Column('char', { length: 64 })
  fileHash!: string;

  @Column('text', { select: false })
  file?: string;

  @Column('jsonb')
  actor!: Actor;

  /** Data rows in the file. */
  @Column('integer')
  rows!: number;

  /** Rows checked so far by the running attempt. */
  @Column('integer', { default: 0 })
  done!: number;

  @Column('jsonb', { nullable: true })
  report!: ImportReportDto | null;

  @Column('integer', { default: 0 })
  attempts!: number;

  /** The replica running it; its heartbeat tells a live run from one whose replica died. */
  @Column('uuid', { nullable: true })
  runner!: string | null;

  @Column('timestamptz', { nullable: true })
  heartbeatAt!: Date | null;

  @Column('timestamptz', { default: () => 'now()' })
  createdAt!: Date;

  @Column('timestamptz', { nullable: true })
  startedAt!: Date | null;

  @Column('timestamptz', { nullable: true })
  finishedAt!: Date | null;
}
