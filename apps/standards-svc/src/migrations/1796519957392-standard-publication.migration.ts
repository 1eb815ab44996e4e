import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Law "On legal acts" (D31): a registered version waits, `registered`, for its act's first official
 * publication (where, when), and enters into force on the day its act states or ten calendar days after.
 * Versions already in force keep the day they were given: their publication was never recorded here.
 */
export class StandardPublication1796519957392 implements MigrationInterface {
  name = 'StandardPublication1796519957392';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE standard_version ADD publication jsonb NULL`);
    await queryRunner.query(`ALTER TABLE standard_version DROP CONSTRAINT standard_version_status_check`);
    await queryRunner.query(
      `ALTER TABLE standard_version ADD CONSTRAINT standard_version_status_check
        CHECK (status IN ('drafting', 'discussion', 'revision', 'agreement', 'registration', 'registered',
                          'in_force', 'superseded', 'cancelled', 'closed'))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE standard_version DROP CONSTRAINT standard_version_status_check`);
    await queryRunner.query(
      `ALTER TABLE standard_version ADD CONSTRAINT standard_version_status_check
        CHECK (status IN ('drafting', 'discussion', 'revision', 'agreement', 'registration', 'in_force',
                          'superseded', 'cancelled', 'closed'))`,
    );
    await queryRunner.query(`ALTER TABLE standard_version DROP COLUMN publication`);
  }
}
