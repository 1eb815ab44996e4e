import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Art. 25, the transition: a standard already in force is imported with its history (`imported_at` marks its
 * version), and the three-month alignment term is a statutory term of its own kind.
 */
export class TransitionImport1796509943625 implements MigrationInterface {
  name = 'TransitionImport1796509943625';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE standard_version ADD imported_at timestamptz`);
    await queryRunner.query(`ALTER TABLE statutory_term DROP CONSTRAINT statutory_term_kind_check`);
    await queryRunner.query(
      `ALTER TABLE statutory_term ADD CONSTRAINT statutory_term_kind_check
        CHECK (kind IN ('standard_adoption', 'public_discussion', 'public_information', 'reglament',
          'transition_alignment'))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM statutory_term WHERE kind = 'transition_alignment'`);
    await queryRunner.query(`ALTER TABLE statutory_term DROP CONSTRAINT statutory_term_kind_check`);
    await queryRunner.query(
      `ALTER TABLE statutory_term ADD CONSTRAINT statutory_term_kind_check
        CHECK (kind IN ('standard_adoption', 'public_discussion', 'public_information', 'reglament'))`,
    );
    await queryRunner.query(`ALTER TABLE standard_version DROP COLUMN imported_at`);
  }
}
