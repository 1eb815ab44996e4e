import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * An event waiting to be (or already) published. Written in the transaction of the state change that
 * caused it; the relay publishes rows in `id` order and stamps `sent_at`. Columns are named explicitly so
 * the table is the same whatever naming strategy the service uses.
 */
@Entity({ name: 'outbox_message' })
@Index('outbox_message_unsent_idx', ['id'], { where: 'sent_at IS NULL' })
export class OutboxMessage {
  /** Publication order: a sequence, so a later commit of an earlier id is still published (not skipped). */
  @PrimaryGeneratedColumn({ type: 'bigint', name: 'id' })
  id!: string;

  @Index('outbox_message_event_id_key', { unique: true })
  @Column({ type: 'uuid', name: 'event_id' })
  eventId!: string;

  @Column({ type: 'varchar', length: 200, name: 'event_type' })
  eventType!: string;

  @Column({ type: 'varchar', length: 249, name: 'topic' })
  topic!: string;

  /** The aggregate id: Kafka key and CloudEvents subject. */
  @Column({ type: 'varchar', length: 200, name: 'message_key' })
  messageKey!: string;

  @Column({ type: 'jsonb', name: 'headers' })
  headers!: Record<string, string>;

  @Column({ type: 'jsonb', name: 'payload' })
  payload!: unknown;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;

  @Index('outbox_message_sent_at_idx', { where: 'sent_at IS NOT NULL' })
  @Column({ type: 'timestamptz', name: 'sent_at', nullable: true })
  sentAt!: Date | null;

  /** Failed publication attempts, for operators looking at a stuck outbox. */
  @Column({ type: 'int', name: 'attempts', default: 0 })
  attempts!: number;

  @Column({ type: 'text', name: 'last_error', nullable: true })
  lastError!: string | null;
}
