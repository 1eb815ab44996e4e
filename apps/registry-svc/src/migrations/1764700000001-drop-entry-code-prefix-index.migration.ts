import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The code prefix index on service_entry (migration 1764400000000) served search while it read the entries;
 * search reads the projection since migration 1764500000000, matched by service_search_code_idx, and nothing
 * else looks an entry up by the beginning of its code. Every write to an entry kept it up to date for nothing.
 */
export class DropEntryCodePrefixIndex1764700000001 implements MigrationInterface {
  name = 'DropEntryCodePrefixIndex1764700000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX service_entry_code_prefix_idx`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX service_entry_code_prefix_idx ON service_entry (lower(code) text_pattern_ops)`,
    );
  }
}
