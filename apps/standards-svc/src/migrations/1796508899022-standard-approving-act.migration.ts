import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The central body's act approving a version (Art. 7.1): kind, number, date and title. Legal facts carry its
 * date, not the moment someone recorded it. Versions in force before this have none: nobody recorded it.
 */
export class StandardApprovingAct1796508899022 implements MigrationInterface {
  name = 'StandardApprovingAct1796508899022';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE standard_version ADD approving_act jsonb`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE standard_version DROP COLUMN approving_act`);
  }
}
