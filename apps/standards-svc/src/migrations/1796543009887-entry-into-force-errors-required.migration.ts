import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A parked version has its reason in Kazakh and Russian; one not parked has none. */
export class EntryIntoForceErrorsRequired1796543009887 implements MigrationInterface {
  name = 'EntryIntoForceErrorsRequired1796543009887';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE standard_version
         ADD CONSTRAINT standard_version_entry_into_force_parked_in_kazakh_and_russian
           CHECK ((entry_into_force_parked_at IS NULL) = (entry_into_force_localized_error IS NULL)
                  AND (entry_into_force_localized_error IS NULL
                       OR (entry_into_force_localized_error ->> 'kk' <> '' AND entry_into_force_localized_error ->> 'ru' <> '')))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE standard_version DROP CONSTRAINT standard_version_entry_into_force_parked_in_kazakh_and_russian`,
    );
  }
}
