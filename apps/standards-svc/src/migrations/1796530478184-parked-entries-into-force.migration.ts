import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A registered version the watcher cannot put in force on its day is parked with its error instead of being
 * tried, and failing, on every pass: its owner reads the error on the version and records the publication
 * again once the cause is fixed, which lets the watcher try it again.
 */
export class ParkedEntriesIntoForce1796530478184 implements MigrationInterface {
  name = 'ParkedEntriesIntoForce1796530478184';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE standard_version
         ADD COLUMN entry_into_force_parked_at timestamptz,
         ADD COLUMN entry_into_force_error text,
         ADD CONSTRAINT standard_version_entry_into_force_parked_with_error
           CHECK ((entry_into_force_parked_at IS NULL) = (entry_into_force_error IS NULL))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE standard_version
         DROP CONSTRAINT standard_version_entry_into_force_parked_with_error,
         DROP COLUMN entry_into_force_error,
         DROP COLUMN entry_into_force_parked_at`,
    );
  }
}
