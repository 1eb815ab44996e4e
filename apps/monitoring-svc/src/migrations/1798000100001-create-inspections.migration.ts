import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * External control (Art. 22.1, 22.3): the quality authority's inspections, planned or unplanned on a ground,
 * the violations found (the article, standard item or reglament step) and the orders with their due dates.
 */
export class CreateInspections1798000100001 implements MigrationInterface {
  name = 'CreateInspections1798000100001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE inspection (
        id uuid PRIMARY KEY,
        kind text NOT NULL CHECK (kind IN ('planned', 'unplanned')),
        plan_year int,
        ground_kind text,
        ground_reference text,
        subject_organization_id uuid NOT NULL,
        subject_role text NOT NULL,
        service_ids uuid[] NOT NULL,
        start_date date NOT NULL,
        end_date date NOT NULL,
        quality_authority_id uuid NOT NULL,
        status text NOT NULL CHECK (status IN ('scheduled', 'completed')),
        summary jsonb,
        completed_on date,
        published_at timestamptz,
        scheduled_at timestamptz NOT NULL,
        CHECK ((kind = 'planned') = (plan_year IS NOT NULL AND ground_kind IS NULL)),
        CHECK (start_date <= end_date)
      )`);
    await queryRunner.query(`CREATE INDEX inspection_plan_idx ON inspection (plan_year, start_date)`);
    await queryRunner.query(`CREATE INDEX inspection_subject_idx ON inspection (subject_organization_id)`);
    await queryRunner.query(
      `CREATE INDEX inspection_published_idx ON inspection (published_at DESC) WHERE published_at IS NOT NULL`,
    );
    await queryRunner.query(`
      CREATE TABLE inspection_finding (
        id uuid PRIMARY KEY,
        inspection_id uuid NOT NULL REFERENCES inspection (id),
        service_id uuid,
        violated_kind text NOT NULL,
        violated_reference text NOT NULL,
        description jsonb NOT NULL,
        recorded_on date NOT NULL,
        recorded_at timestamptz NOT NULL
      )`);
    await queryRunner.query(
      `CREATE INDEX inspection_finding_inspection_idx ON inspection_finding (inspection_id)`,
    );
    await queryRunner.query(`
      CREATE TABLE inspection_order (
        id uuid PRIMARY KEY,
        inspection_id uuid NOT NULL REFERENCES inspection (id),
        finding_id uuid REFERENCES inspection_finding (id),
        addressee_organization_id uuid NOT NULL,
        addressee_role text NOT NULL,
        text jsonb NOT NULL,
        issued_on date NOT NULL,
        due_date date NOT NULL,
        status text NOT NULL CHECK (status IN ('issued', 'reported', 'fulfilled')),
        report jsonb,
        reported_on date,
        fulfilled_on date,
        overdue_since date,
        created_at timestamptz NOT NULL
      )`);
    await queryRunner.query(
      `CREATE INDEX inspection_order_inspection_idx ON inspection_order (inspection_id)`,
    );
    await queryRunner.query(
      `CREATE INDEX inspection_order_addressee_idx ON inspection_order (addressee_organization_id)`,
    );
    // The overdue sweep reads only the open orders not yet announced as overdue.
    await queryRunner.query(
      `CREATE INDEX inspection_order_due_idx ON inspection_order (due_date)
         WHERE status <> 'fulfilled' AND overdue_since IS NULL`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE inspection_order');
    await queryRunner.query('DROP TABLE inspection_finding');
    await queryRunner.query('DROP TABLE inspection');
  }
}
