import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Internal control (Art. 22.4-5): the quality authority's requests for an owner's results with their due
 * dates, and the owners' reports on their units and subordinate organisations, per half-year or per request.
 */
export class CreateInternalControl1798000100003 implements MigrationInterface {
  name = 'CreateInternalControl1798000100003';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE internal_control_request (
        id uuid PRIMARY KEY,
        owner_organization_id uuid NOT NULL,
        subject jsonb NOT NULL,
        period_from date NOT NULL,
        period_to date NOT NULL,
        due_date date NOT NULL,
        requested_on date NOT NULL,
        quality_authority_id uuid NOT NULL,
        created_at timestamptz NOT NULL,
        CHECK (period_from <= period_to)
      )`);
    await queryRunner.query(
      `CREATE INDEX internal_control_request_owner_idx ON internal_control_request (owner_organization_id)`,
    );
    await queryRunner.query(
      `CREATE INDEX internal_control_request_due_idx ON internal_control_request (due_date)`,
    );
    await queryRunner.query(`
      CREATE TABLE internal_control_report (
        id uuid PRIMARY KEY,
        owner_organization_id uuid NOT NULL,
        half_year text,
        request_id uuid REFERENCES internal_control_request (id),
        period_from date NOT NULL,
        period_to date NOT NULL,
        due_date date NOT NULL,
        submitted_on date NOT NULL,
        submitted_at timestamptz NOT NULL,
        units jsonb NOT NULL,
        summary jsonb NOT NULL,
        CHECK ((half_year IS NULL) <> (request_id IS NULL)),
        CONSTRAINT internal_control_report_half_year_key UNIQUE (owner_organization_id, half_year),
        CONSTRAINT internal_control_report_request_key UNIQUE (request_id)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE internal_control_report');
    await queryRunner.query('DROP TABLE internal_control_request');
  }
}
