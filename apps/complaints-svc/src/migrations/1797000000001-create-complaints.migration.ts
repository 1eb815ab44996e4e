import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Complaints and their records, kept apart from everything else (Art. 19.7): the complaint with its derived
 * chain, one register entry per instance that registered it (Art. 19.4.1), the notices sent to the
 * complainant and to the quality authority, extensions, decisions' measures, the quality authority's
 * requirements (Art. 19.5) and the officers' alerts of the deadline watcher.
 */
export class CreateComplaints1797000000001 implements MigrationInterface {
  name = 'CreateComplaints1797000000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE complaint (
        id uuid PRIMARY KEY,
        complainant_id_number text NOT NULL,
        form text NOT NULL CHECK (form IN ('paper', 'electronic')),
        paper_reference text,
        filed_by text NOT NULL,
        service_id uuid NOT NULL,
        owner_id uuid NOT NULL,
        provider_id uuid NOT NULL,
        region_kato text,
        application_id uuid,
        ground text NOT NULL,
        description text NOT NULL,
        chain jsonb NOT NULL,
        quality_authority_id uuid NOT NULL,
        status text NOT NULL CHECK (status IN ('in_review', 'decided', 'withdrawn')),
        court jsonb,
        filed_at timestamptz NOT NULL,
        withdrawn_at timestamptz
      )`);
    await queryRunner.query(
      `CREATE INDEX complaint_complainant_idx ON complaint (complainant_id_number, filed_at DESC)`,
    );
    await queryRunner.query(`
      CREATE TABLE complaint_register_counter (
        instance_id uuid NOT NULL,
        year int NOT NULL,
        last_number int NOT NULL,
        PRIMARY KEY (instance_id, year)
      )`);
    await queryRunner.query(`
      CREATE TABLE complaint_stage (
        id uuid PRIMARY KEY,
        complaint_id uuid NOT NULL REFERENCES complaint (id),
        stage int NOT NULL,
        instance_id uuid NOT NULL,
        instance_role text,
        competent boolean NOT NULL,
        register_number text NOT NULL,
        registered_at timestamptz NOT NULL,
        registration_date date NOT NULL,
        term_working_days int,
        due_date date,
        due_at timestamptz,
        last_extension_date date,
        extended_working_days int NOT NULL DEFAULT 0,
        state text NOT NULL CHECK (state IN ('open', 'redirected', 'decided', 'closed')),
        outcome text CHECK (outcome IN ('satisfied', 'refused')),
        reasons jsonb,
        causes jsonb,
        decided_at timestamptz,
        overdue_at timestamptz,
        extension_warned_at timestamptz,
        CONSTRAINT complaint_stage_register_number_key UNIQUE (instance_id, register_number)
      )`);
    await queryRunner.query(`CREATE INDEX complaint_stage_complaint_idx ON complaint_stage (complaint_id)`);
    await queryRunner.query(
      `CREATE INDEX complaint_stage_register_idx ON complaint_stage (instance_id, registered_at DESC)`,
    );
    // What the deadline watcher claims: open competent stages, by the dates it acts on.
    await queryRunner.query(
      `CREATE INDEX complaint_stage_due_idx ON complaint_stage (due_at) WHERE state = 'open' AND overdue_at IS NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX complaint_stage_extension_idx ON complaint_stage (last_extension_date)
        WHERE state = 'open' AND extension_warned_at IS NULL`,
    );
    await queryRunner.query(`
      CREATE TABLE complaint_extension (
        id uuid PRIMARY KEY,
        stage_id uuid NOT NULL REFERENCES complaint_stage (id),
        reason text NOT NULL,
        explanation jsonb NOT NULL,
        working_days int NOT NULL CHECK (working_days BETWEEN 1 AND 10),
        previous_due_date date NOT NULL,
        new_due_date date NOT NULL,
        requested_by text NOT NULL,
        extended_at timestamptz NOT NULL
      )`);
    await queryRunner.query(`
      CREATE TABLE complaint_measure (
        id uuid PRIMARY KEY,
        stage_id uuid NOT NULL REFERENCES complaint_stage (id),
        text jsonb NOT NULL,
        due_date date NOT NULL,
        fulfilled_at timestamptz
      )`);
    await queryRunner.query(`
      CREATE TABLE complaint_notice (
        id uuid PRIMARY KEY,
        complaint_id uuid NOT NULL REFERENCES complaint (id),
        stage_id uuid REFERENCES complaint_stage (id),
        addressee text NOT NULL CHECK (addressee IN ('complainant', 'quality_authority')),
        kind text NOT NULL,
        channel text NOT NULL CHECK (channel IN ('in_writing', 'electronic')),
        text jsonb NOT NULL,
        sent_at timestamptz NOT NULL
      )`);
    await queryRunner.query(`CREATE INDEX complaint_notice_complaint_idx ON complaint_notice (complaint_id)`);
    await queryRunner.query(`
      CREATE TABLE complaint_requirement (
        id uuid PRIMARY KEY,
        complaint_id uuid NOT NULL REFERENCES complaint (id),
        stage_id uuid NOT NULL REFERENCES complaint_stage (id),
        addressee_id uuid NOT NULL,
        text jsonb NOT NULL,
        due_date date NOT NULL,
        due_at timestamptz NOT NULL,
        issued_at timestamptz NOT NULL,
        fulfilled_at timestamptz,
        overdue_at timestamptz
      )`);
    await queryRunner.query(
      `CREATE INDEX complaint_requirement_due_idx ON complaint_requirement (due_at)
        WHERE fulfilled_at IS NULL AND overdue_at IS NULL`,
    );
    await queryRunner.query(`
      CREATE TABLE complaint_alert (
        id uuid PRIMARY KEY,
        complaint_id uuid NOT NULL REFERENCES complaint (id),
        stage_id uuid NOT NULL REFERENCES complaint_stage (id),
        instance_id uuid NOT NULL,
        kind text NOT NULL CHECK (kind IN ('extension_last_day', 'overdue')),
        text jsonb NOT NULL,
        raised_at timestamptz NOT NULL,
        CONSTRAINT complaint_alert_once_key UNIQUE (stage_id, kind)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [
      'complaint_alert',
      'complaint_requirement',
      'complaint_notice',
      'complaint_measure',
      'complaint_extension',
      'complaint_stage',
      'complaint_register_counter',
      'complaint',
    ]) {
      await queryRunner.query(`DROP TABLE ${table}`);
    }
  }
}
