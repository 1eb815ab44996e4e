import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A parked version has its reason in both languages; one not parked has none. */
export class ParkedVersionErrorsRequired1796543009884 implements MigrationInterface {
  name = 'ParkedVersionErrorsRequired1796543009884';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE service_entry_version
         ADD CONSTRAINT service_entry_version_parked_in_kazakh_and_russian
           CHECK ((parked_at IS NULL) = (parked_error_kk IS NULL) AND (parked_at IS NULL) = (parked_error_ru IS NULL))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE service_entry_version DROP CONSTRAINT service_entry_version_parked_in_kazakh_and_russian`,
    );
  }
}
