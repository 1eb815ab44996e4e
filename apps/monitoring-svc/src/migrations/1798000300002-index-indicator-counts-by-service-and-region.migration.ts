import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A dashboard read of one service or one region over a period, with a facet the rollups do not keep (a
 * provider, a channel), finds its counters by index instead of scanning the period's (EXPLAIN in the README).
 */
export class IndexIndicatorCountsByServiceAndRegion1798000300002 implements MigrationInterface {
  name = 'IndexIndicatorCountsByServiceAndRegion1798000300002';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX indicator_count_service_idx ON indicator_count (service_id, month)`,
    );
    await queryRunner.query(
      `CREATE INDEX indicator_count_region_idx ON indicator_count (region_kato, month)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX indicator_count_region_idx');
    await queryRunner.query('DROP INDEX indicator_count_service_idx');
  }
}
