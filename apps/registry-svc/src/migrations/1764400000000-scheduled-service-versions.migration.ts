import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A version recorded by a decree that takes effect later waits (applied_at null) until its effective date;
 * the watcher finds the due ones through a partial index. A registry code (or its beginning) typed into the
 * search is matched as a prefix of the code: text search splits 01.01-001 into pieces.
 */
export class ScheduledServiceVersions1764400000000 implements MigrationInterface {
  name = 'ScheduledServiceVersions1764400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE service_entry_version ADD COLUMN applied_at timestamptz`);
    await queryRunner.query(
      `CREATE INDEX service_entry_version_pending_idx ON service_entry_version (effective_date)
        WHERE applied_at IS NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX service_entry_code_prefix_idx ON service_entry (lower(code) text_pattern_ops)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX service_entry_code_prefix_idx`);
    await queryRunner.query(`DROP INDEX service_entry_version_pending_idx`);
    await queryRunner.query(`ALTER TABLE service_entry_version DROP COLUMN applied_at`);
  }
}
