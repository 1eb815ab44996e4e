import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Recommendations back to standards (Art. 7.5, 19.5, 23.5): the register of recommendations with the owner's
 * answer as standards-svc reports it, and the decided complaints a complaint-review recommendation may rest on
 * (from the complaints topic).
 */
export class CreateRecommendations1798000200000 implements MigrationInterface {
  name = 'CreateRecommendations1798000200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE recommendation (
        id uuid PRIMARY KEY,
        year int NOT NULL,
        seq int NOT NULL,
        number text NOT NULL,
        service_id uuid NOT NULL,
        action text NOT NULL,
        source_kind text NOT NULL,
        issuer_organization_id uuid NOT NULL,
        monitoring_report_id uuid,
        ngo_organization_id uuid,
        complaint_ids uuid[] NOT NULL DEFAULT '{}',
        content jsonb NOT NULL,
        issued_at timestamptz NOT NULL,
        status text NOT NULL DEFAULT 'pending',
        standard_id uuid,
        owner_organization_id uuid,
        reasons jsonb,
        version_id uuid,
        answered_at timestamptz,
        CONSTRAINT recommendation_number_key UNIQUE (year, seq)
      )`);
    await queryRunner.query(
      `CREATE INDEX recommendation_service_idx ON recommendation (service_id, issued_at)`,
    );
    await queryRunner.query(`CREATE INDEX recommendation_status_idx ON recommendation (status, issued_at)`);
    await queryRunner.query(`
      CREATE TABLE decided_complaint (
        complaint_id uuid PRIMARY KEY,
        service_id uuid NOT NULL,
        owner_id uuid NOT NULL,
        outcome text NOT NULL,
        decided_at timestamptz NOT NULL
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE decided_complaint');
    await queryRunner.query('DROP TABLE recommendation');
  }
}
