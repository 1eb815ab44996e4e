import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The indicators projection summed up three times more, kept in the same statement as `indicator_count` by
 * the projector: per owner and month, per service (with its owner) and month, and per region and month, the
 * channel reduced to whether it was electronic (the one channel a dashboard row derives a figure from). A
 * dashboard read that filters and groups only by the facets of one of them sums a few thousand rows there
 * instead of every counter of the period: over 1,000,000 applications a year by month is ~10,000 rows
 * instead of ~1,200,000 (README, `npm run bench:monitoring`).
 */
export class CreateIndicatorRollups1798000300000 implements MigrationInterface {
  name = 'CreateIndicatorRollups1798000300000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE indicator_count_by_owner (
        month char(7) NOT NULL,
        indicator text NOT NULL,
        breakdown text,
        owner_id uuid,
        electronic boolean NOT NULL,
        value bigint NOT NULL,
        CONSTRAINT indicator_count_by_owner_key UNIQUE NULLS NOT DISTINCT
          (owner_id, month, indicator, breakdown, electronic)
      )`);
    await queryRunner.query(`
      CREATE TABLE indicator_count_by_service (
        month char(7) NOT NULL,
        indicator text NOT NULL,
        breakdown text,
        service_id uuid,
        owner_id uuid,
        electronic boolean NOT NULL,
        value bigint NOT NULL,
        CONSTRAINT indicator_count_by_service_key UNIQUE NULLS NOT DISTINCT
          (service_id, month, indicator, breakdown, owner_id, electronic)
      )`);
    await queryRunner.query(
      `CREATE INDEX indicator_count_by_service_month_idx ON indicator_count_by_service (month)`,
    );
    await queryRunner.query(`
      CREATE TABLE indicator_count_by_region (
        month char(7) NOT NULL,
        indicator text NOT NULL,
        breakdown text,
        region_kato text,
        electronic boolean NOT NULL,
        value bigint NOT NULL,
        CONSTRAINT indicator_count_by_region_key UNIQUE NULLS NOT DISTINCT
          (region_kato, month, indicator, breakdown, electronic)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE indicator_count_by_region');
    await queryRunner.query('DROP TABLE indicator_count_by_service');
    await queryRunner.query('DROP TABLE indicator_count_by_owner');
  }
}
