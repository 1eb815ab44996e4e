import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A scheduled version the watcher cannot apply on its day is parked with its error instead of failing every
 * pass (and every other decree due that day): the authority sees it on the entry's versions and revokes it.
 */
export class ParkedServiceVersions1764900000200 implements MigrationInterface {
  name = 'ParkedServiceVersions1764900000200';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE service_entry_version
         ADD COLUMN parked_at timestamptz,
         ADD COLUMN parked_error text,
         ADD CONSTRAINT service_entry_version_parked_with_error
           CHECK ((parked_at IS NULL) = (parked_error IS NULL) AND (parked_at IS NULL OR applied_at IS NULL))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE service_entry_version
         DROP CONSTRAINT service_entry_version_parked_with_error,
         DROP COLUMN parked_error,
         DROP COLUMN parked_at`,
    );
  }
}
