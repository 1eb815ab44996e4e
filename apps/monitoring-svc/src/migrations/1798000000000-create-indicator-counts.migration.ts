import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The indicators projection: one counter per indicator, month (in Kazakhstan's time) and facets (service,
 * owner, provider, PSC, region, channel, and a breakdown such as the refusal ground or the complaint
 * instance). An event adds to its counters in the consumer's inbox transaction; a facet the event does not
 * carry is NULL, and NULLS NOT DISTINCT makes such counters one row all the same.
 */
export class CreateIndicatorCounts1798000000000 implements MigrationInterface {
  name = 'CreateIndicatorCounts1798000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE indicator_count (
        month char(7) NOT NULL,
        indicator text NOT NULL,
        breakdown text,
        service_id uuid,
        owner_id uuid,
        provider_id uuid,
        psc_id uuid,
        region_kato text,
        channel text,
        value bigint NOT NULL,
        CONSTRAINT indicator_count_key UNIQUE NULLS NOT DISTINCT
          (month, indicator, breakdown, service_id, owner_id, provider_id, psc_id, region_kato, channel)
      )`);
    await queryRunner.query(`CREATE INDEX indicator_count_month_idx ON indicator_count (month, indicator)`);
    await queryRunner.query(`CREATE INDEX indicator_count_owner_idx ON indicator_count (owner_id, month)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE indicator_count');
  }
}
