import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * organization.upserted.v1 now carries individual providers (Art. 5.2.2), which have an IIN, never sent,
 * instead of a BIN: their copy has no BIN.
 */
export class OrganizationWithoutBin1795700000003 implements MigrationInterface {
  name = 'OrganizationWithoutBin1795700000003';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE organization_ref ALTER COLUMN bin DROP NOT NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM organization_ref WHERE bin IS NULL`);
    await queryRunner.query(`ALTER TABLE organization_ref ALTER COLUMN bin SET NOT NULL`);
  }
}
