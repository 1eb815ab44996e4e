import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Art. 6.1: when the registry excludes a service, a version still being worked on is closed (status
 * `closed`) and one in force is cancelled from the exclusion's date; either keeps the exclusion (its act and
 * date) as the basis of its end.
 */
export class VersionsClosedByExclusion1796509455839 implements MigrationInterface {
  name = 'VersionsClosedByExclusion1796509455839';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE standard_version ADD ended_by_exclusion jsonb NULL`);
    await queryRunner.query(`ALTER TABLE standard_version DROP CONSTRAINT standard_version_status_check`);
    await queryRunner.query(
      `ALTER TABLE standard_version ADD CONSTRAINT standard_version_status_check
        CHECK (status IN ('drafting', 'discussion', 'revision', 'agreement', 'registration', 'in_force',
                          'superseded', 'cancelled', 'closed'))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE standard_version DROP CONSTRAINT standard_version_status_check`);
    await queryRunner.query(
      `ALTER TABLE standard_version ADD CONSTRAINT standard_version_status_check
        CHECK (status IN ('drafting', 'discussion', 'revision', 'agreement', 'registration', 'in_force',
                          'superseded', 'cancelled'))`,
    );
    await queryRunner.query(`ALTER TABLE standard_version DROP COLUMN ended_by_exclusion`);
  }
}
