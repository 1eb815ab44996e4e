import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Public monitoring (Art. 23): NGOs' accreditations by the quality authority, its state orders to accredited
 * NGOs, and the NGOs' monitoring reports, on an order (accredited results) or on their own initiative.
 */
export class CreatePublicMonitoring1798000100002 implements MigrationInterface {
  name = 'CreatePublicMonitoring1798000100002';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE accreditation (
        id uuid PRIMARY KEY,
        ngo_organization_id text NOT NULL,
        ngo_bin char(12) NOT NULL,
        ngo_name jsonb NOT NULL,
        scope jsonb NOT NULL,
        applied_at timestamptz NOT NULL,
        status text NOT NULL CHECK (status IN ('applied', 'granted', 'refused', 'suspended', 'revoked')),
        quality_authority_id uuid,
        decided_on date,
        valid_from date,
        valid_until date,
        refusal_reason jsonb,
        suspended_on date,
        suspension_reason jsonb,
        revoked_on date,
        revocation_reason jsonb,
        CHECK (valid_from IS NULL OR valid_from <= valid_until)
      )`);
    // One application or accreditation at a time per NGO; refused and revoked ones leave room for a new one.
    await queryRunner.query(
      `CREATE UNIQUE INDEX accreditation_ngo_open_key ON accreditation (ngo_organization_id)
         WHERE status IN ('applied', 'granted', 'suspended')`,
    );
    await queryRunner.query(`
      CREATE TABLE state_order (
        id uuid PRIMARY KEY,
        accreditation_id uuid NOT NULL REFERENCES accreditation (id),
        ngo_organization_id text NOT NULL,
        subject jsonb NOT NULL,
        service_ids uuid[] NOT NULL,
        period_from date NOT NULL,
        period_to date NOT NULL,
        report_due_date date NOT NULL,
        issued_on date NOT NULL,
        quality_authority_id uuid NOT NULL,
        created_at timestamptz NOT NULL,
        CHECK (period_from <= period_to)
      )`);
    await queryRunner.query(`CREATE INDEX state_order_ngo_idx ON state_order (ngo_organization_id)`);
    await queryRunner.query(`
      CREATE TABLE monitoring_report (
        id uuid PRIMARY KEY,
        ngo_organization_id text NOT NULL,
        basis text NOT NULL CHECK (basis IN ('state-order', 'own-initiative')),
        accredited boolean NOT NULL,
        accreditation_id uuid REFERENCES accreditation (id),
        state_order_id uuid REFERENCES state_order (id),
        period_from date NOT NULL,
        period_to date NOT NULL,
        summary jsonb NOT NULL,
        findings jsonb NOT NULL,
        accepted_at timestamptz NOT NULL,
        CONSTRAINT monitoring_report_state_order_key UNIQUE (state_order_id),
        CHECK (accredited = (basis = 'state-order') AND accredited = (state_order_id IS NOT NULL)),
        CHECK (period_from <= period_to)
      )`);
    await queryRunner.query(
      `CREATE INDEX monitoring_report_basis_idx ON monitoring_report (accredited, accepted_at DESC)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE monitoring_report');
    await queryRunner.query('DROP TABLE state_order');
    await queryRunner.query('DROP TABLE accreditation');
  }
}
