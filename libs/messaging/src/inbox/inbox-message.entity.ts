import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/**
 * An event a consumer has handled, written in the same transaction as the handler's effects: a redelivered
 * event finds its row and has no second effect.
 */
@Entity({ name: 'inbox_message' })
export class InboxMessage {
  /** The consumer group (the service name). */
  @PrimaryColumn({ type: 'varchar', length: 200, name: 'consumer' })
  consumer!: string;

  /** CloudEvents id of the handled event. */
  @PrimaryColumn({ type: 'varchar', length: 200, name: 'event_id' })
  eventId!: string;

  @Column({ type: 'varchar', length: 200, name: 'event_type' })
  eventType!: string;

  @Column({ type: 'varchar', length: 249, name: 'topic' })
  topic!: string;

  @Column({ type: 'int', name: 'partition' })
  partition!: number;

  @Column({ type: 'bigint', name: 'kafka_offset' })
  kafkaOffset!: string;

  @CreateDateColumn({ type: 'timestamptz', name: 'handled_at' })
  handledAt!: Date;
}
