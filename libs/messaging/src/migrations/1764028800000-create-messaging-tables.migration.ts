import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Channel the relay LISTENs on; the trigger below notifies it when an outbox insert commits. */
export const OUTBOX_NOTIFY_CHANNEL = 'outbox_message';

/**
 * The outbox and inbox tables of the event bus. Every service that publishes or consumes events adds this
 * class to its migration list (each service has its own database, so each gets its own copy of the tables).
 */
export class CreateMessagingTables1764028800000 implements MigrationInterface {
  name = 'CreateMessagingTables1764028800000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE outbox_message (
        id bigserial PRIMARY KEY,
        event_id uuid NOT NULL,
        event_type varchar(200) NOT NULL,
        topic varchar(249) NOT NULL,
        message_key varchar(200) NOT NULL,
        headers jsonb NOT NULL,
        payload jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        sent_at timestamptz NULL,
        attempts integer NOT NULL DEFAULT 0,
        last_error text NULL
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX outbox_message_event_id_key ON outbox_message (event_id)`);
    // The relay's only query: unsent rows in id order. A partial index stays tiny however big the table.
    await queryRunner.query(
      `CREATE INDEX outbox_message_unsent_idx ON outbox_message (id) WHERE sent_at IS NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX outbox_message_sent_at_idx ON outbox_message (sent_at) WHERE sent_at IS NOT NULL`,
    );
    // NOTIFY is transactional: it is delivered when the inserting transaction commits, never on rollback.
    // One notification per statement; PostgreSQL folds identical ones within a transaction.
    await queryRunner.query(`
      CREATE FUNCTION outbox_message_notify() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('${OUTBOX_NOTIFY_CHANNEL}', '');
        RETURN NULL;
      END
      $$`);
    await queryRunner.query(`
      CREATE TRIGGER outbox_message_notify AFTER INSERT ON outbox_message
      FOR EACH STATEMENT EXECUTE FUNCTION outbox_message_notify()`);
    await queryRunner.query(`
      CREATE TABLE inbox_message (
        consumer varchar(200) NOT NULL,
        event_id varchar(200) NOT NULL,
        event_type varchar(200) NOT NULL,
        topic varchar(249) NOT NULL,
        partition integer NOT NULL,
        kafka_offset bigint NOT NULL,
        handled_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (consumer, event_id)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE inbox_message`);
    await queryRunner.query(`DROP TRIGGER outbox_message_notify ON outbox_message`);
    await queryRunner.query(`DROP FUNCTION outbox_message_notify()`);
    await queryRunner.query(`DROP TABLE outbox_message`);
  }
}
