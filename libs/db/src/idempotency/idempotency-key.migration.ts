import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The answers to writes sent with an `Idempotency-Key`. Every service whose writes a client may retry adds this
 * class to its migration list; the row commits in the same transaction as the write it answers.
 */
export class CreateIdempotencyKey1764900000000 implements MigrationInterface {
  name = 'CreateIdempotencyKey1764900000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE idempotency_key (
        caller varchar(128) NOT NULL,
        key varchar(255) NOT NULL,
        fingerprint char(64) NOT NULL,
        status smallint NULL,
        body jsonb NULL,
        location text NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        PRIMARY KEY (caller, key)
      )`);
    await queryRunner.query(`CREATE INDEX idempotency_key_expires_idx ON idempotency_key (expires_at)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE idempotency_key`);
  }
}
