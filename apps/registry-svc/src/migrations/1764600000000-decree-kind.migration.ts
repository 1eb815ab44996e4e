import type { MigrationInterface, QueryRunner } from 'typeorm';

const KINDS = `('government-resolution', 'authorised-body-order')`;

/**
 * The kind of act behind a version and behind the inclusion: a Government resolution or an order of the
 * authorised body (Art. 6.3; the registry in force is Order No. 39/НҚ of 31 January 2020). Nullable here; the
 * next migration fills the rows written before it, the one after requires it wherever there is a decree.
 */
export class DecreeKind1764600000000 implements MigrationInterface {
  name = 'DecreeKind1764600000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE service_entry_version ADD COLUMN decree_kind text CHECK (decree_kind IN ${KINDS})`,
    );
    await queryRunner.query(
      `ALTER TABLE service_entry ADD COLUMN inclusion_decree_kind text CHECK (inclusion_decree_kind IN ${KINDS})`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE service_entry DROP COLUMN inclusion_decree_kind`);
    await queryRunner.query(`ALTER TABLE service_entry_version DROP COLUMN decree_kind`);
  }
}
