import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Art. 3, 5.5.2: the owner reads why the watcher parked a version, so the reason is kept in Kazakh and
 * Russian beside the error as the code raised it (which stays, for support and the audit).
 */
export class EntryIntoForceErrorsInKazakhAndRussian1796543009885 implements MigrationInterface {
  name = 'EntryIntoForceErrorsInKazakhAndRussian1796543009885';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE standard_version ADD COLUMN entry_into_force_localized_error jsonb`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE standard_version DROP COLUMN entry_into_force_localized_error`);
  }
}
