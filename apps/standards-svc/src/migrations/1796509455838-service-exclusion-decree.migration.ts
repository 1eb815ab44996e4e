import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The act that excluded a service from the registry (Art. 6.1), as its exclusion event carried it: every
 * refusal to bring the service's standard into force names it. Null for a service in the registry, and for
 * one excluded by an event that carried no act (sent before registry-svc added it).
 */
export class ServiceExclusionDecree1796509455838 implements MigrationInterface {
  name = 'ServiceExclusionDecree1796509455838';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE service_ref ADD exclusion_decree jsonb NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE service_ref DROP COLUMN exclusion_decree`);
  }
}
