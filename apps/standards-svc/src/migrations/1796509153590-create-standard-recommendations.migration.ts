import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Art. 7.5: the recommendations to adopt, change or cancel a standard that monitoring-svc announces, with
 * the owner's answer; and the recommendation a version cites as its basis.
 */
export class CreateStandardRecommendations1796509153590 implements MigrationInterface {
  name = 'CreateStandardRecommendations1796509153590';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE standard_recommendation (
        id uuid PRIMARY KEY,
        number text NOT NULL,
        service_id uuid NOT NULL,
        action text NOT NULL,
        source jsonb NOT NULL,
        content jsonb NOT NULL,
        issued_at timestamptz NOT NULL,
        status text NOT NULL DEFAULT 'pending',
        reasons jsonb,
        version_id uuid,
        answered_at timestamptz
      )`);
    await queryRunner.query(
      'CREATE INDEX standard_recommendation_service_idx ON standard_recommendation (service_id, status, issued_at)',
    );
    await queryRunner.query('ALTER TABLE standard_version ADD COLUMN basis_recommendation_id uuid');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE standard_version DROP COLUMN basis_recommendation_id');
    await queryRunner.query('DROP TABLE standard_recommendation');
  }
}
