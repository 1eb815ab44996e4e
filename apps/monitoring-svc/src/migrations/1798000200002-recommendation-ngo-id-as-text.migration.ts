import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The NGO a public-monitoring recommendation rests on is now taken from its monitoring report, whose NGO id is
 * the token's organisation id (text, not always a UUID): the column follows.
 */
export class RecommendationNgoIdAsText1798000200002 implements MigrationInterface {
  name = 'RecommendationNgoIdAsText1798000200002';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE recommendation ALTER COLUMN ngo_organization_id TYPE text');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE recommendation ALTER COLUMN ngo_organization_id TYPE uuid USING ngo_organization_id::uuid',
    );
  }
}
