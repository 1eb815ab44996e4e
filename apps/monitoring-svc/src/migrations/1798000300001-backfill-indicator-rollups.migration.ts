import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The rollups of the counters already projected before they existed; the projector keeps them from here. */
export class BackfillIndicatorRollups1798000300001 implements MigrationInterface {
  name = 'BackfillIndicatorRollups1798000300001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      INSERT INTO indicator_count_by_owner (month, indicator, breakdown, owner_id, electronic, value)
      SELECT month, indicator, breakdown, owner_id, channel IS NOT DISTINCT FROM 'electronic', sum(value)
        FROM indicator_count
       GROUP BY 1, 2, 3, 4, 5`);
    await queryRunner.query(`
      INSERT INTO indicator_count_by_service
        (month, indicator, breakdown, service_id, owner_id, electronic, value)
      SELECT month, indicator, breakdown, service_id, owner_id, channel IS NOT DISTINCT FROM 'electronic',
             sum(value)
        FROM indicator_count
       GROUP BY 1, 2, 3, 4, 5, 6`);
    await queryRunner.query(`
      INSERT INTO indicator_count_by_region (month, indicator, breakdown, region_kato, electronic, value)
      SELECT month, indicator, breakdown, region_kato, channel IS NOT DISTINCT FROM 'electronic', sum(value)
        FROM indicator_count
       GROUP BY 1, 2, 3, 4, 5`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'TRUNCATE indicator_count_by_owner, indicator_count_by_service, indicator_count_by_region',
    );
  }
}
