import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Art. 3, 5.5.2: the authority reads why the watcher parked a scheduled version, so the reason is kept in
 * Kazakh and Russian beside the error as the code raised it (which stays, for support and the audit).
 */
export class ParkedVersionErrorsInKazakhAndRussian1796543009882 implements MigrationInterface {
  name = 'ParkedVersionErrorsInKazakhAndRussian1796543009882';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE service_entry_version ADD COLUMN parked_error_kk text, ADD COLUMN parked_error_ru text`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE service_entry_version DROP COLUMN parked_error_ru, DROP COLUMN parked_error_kk`,
    );
  }
}
