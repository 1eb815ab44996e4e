import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Relevance is ranked on the names alone (code, Kazakh and Russian names), kept as their own small vector.
 * Ranking on the full vectors cost ~3 µs a row: a broad word matching 40% of 10,000 entries spent most of
 * its time in ts_rank. Matching still uses the full vectors (names and descriptions); an entry that
 * matches only in its description ranks after those whose name matches.
 */
export class AddSearchRankVector1764200000000 implements MigrationInterface {
  name = 'AddSearchRankVector1764200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE service_entry ADD COLUMN search_rank tsvector
        GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, search_names)) STORED`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE service_entry DROP COLUMN search_rank`);
  }
}
