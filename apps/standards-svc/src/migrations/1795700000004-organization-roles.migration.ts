import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * organization.upserted.v1 now carries the organisation's roles: the public-services and informatization
 * authorities and the Ministry of Justice are found by them. Rows written before have none until the
 * registry's next upsert of that organisation (the roles were never stored here, so nothing to backfill).
 */
export class OrganizationRoles1795700000004 implements MigrationInterface {
  name = 'OrganizationRoles1795700000004';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE organization_ref ADD roles text[] NOT NULL DEFAULT '{}'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE organization_ref DROP COLUMN roles`);
  }
}
