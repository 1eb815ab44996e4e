import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Applications pinned to their standard version, their history, and intake refusals (Art. 12-15). The two
 * watch indexes hold only open applications whose event has not been raised, ordered by their deadline: the
 * watcher reads exactly the overdue rows, however many applications are open.
 */
export class CreateApplications1796000000001 implements MigrationInterface {
  name = 'CreateApplications1796000000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE application (
        id uuid PRIMARY KEY,
        tracking_number text NOT NULL,
        service_id uuid NOT NULL,
        standard_id uuid NOT NULL,
        standard_version_id uuid NOT NULL REFERENCES standard_version_ref (id),
        owner_id uuid NOT NULL,
        provider_id uuid NOT NULL,
        psc_id uuid,
        psc_branch text,
        region_kato text,
        channel text NOT NULL CHECK (channel IN ('provider', 'psc', 'specialised_psc', 'electronic')),
        recipient_type text NOT NULL CHECK (recipient_type IN ('individual', 'legal-entity')),
        recipient_id_number text NOT NULL CHECK (recipient_id_number ~ '^[0-9]{12}$'),
        status text NOT NULL
          CHECK (status IN ('accepted', 'in_work', 'result_ready', 'issued', 'refused', 'withdrawn')),
        term jsonb NOT NULL,
        accepted_at timestamptz NOT NULL,
        accepted_by text NOT NULL,
        due_date date NOT NULL,
        due_at timestamptz NOT NULL,
        handover_due_at timestamptz,
        document_ids uuid[] NOT NULL,
        identification_method text,
        operator_signature_consent jsonb,
        request_signature jsonb,
        fee_kzt int CHECK (fee_kzt > 0),
        paid_at timestamptz,
        result jsonb,
        result_recorded_at timestamptz,
        issued_at timestamptz,
        refusal jsonb,
        closed_at timestamptz,
        overdue_raised_at timestamptz,
        handover_late_raised_at timestamptz,
        updated_at timestamptz NOT NULL
      )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX application_tracking_number_idx ON application (tracking_number)`,
    );
    await queryRunner.query(
      `CREATE INDEX application_overdue_watch_idx ON application (due_at)
        WHERE status IN ('accepted', 'in_work') AND overdue_raised_at IS NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX application_handover_watch_idx ON application (handover_due_at)
        WHERE status IN ('accepted', 'in_work') AND handover_late_raised_at IS NULL
          AND handover_due_at IS NOT NULL`,
    );
    // The lists: a recipient's own, a provider's, a PSC's, a service's, newest first.
    await queryRunner.query(
      `CREATE INDEX application_recipient_idx ON application (recipient_id_number, accepted_at DESC)`,
    );
    await queryRunner.query(
      `CREATE INDEX application_provider_idx ON application (provider_id, accepted_at DESC)`,
    );
    await queryRunner.query(
      `CREATE INDEX application_psc_idx ON application (psc_id, accepted_at DESC) WHERE psc_id IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX application_service_idx ON application (service_id, accepted_at DESC)`,
    );
    await queryRunner.query(`
      CREATE TABLE application_status_change (
        id uuid PRIMARY KEY,
        application_id uuid NOT NULL REFERENCES application (id),
        from_status text,
        to_status text NOT NULL,
        changed_at timestamptz NOT NULL,
        actor_subject text NOT NULL,
        actor_role text
      )`);
    await queryRunner.query(
      `CREATE INDEX application_status_change_application_idx
         ON application_status_change (application_id, changed_at)`,
    );
    await queryRunner.query(`
      CREATE TABLE intake_refusal (
        id uuid PRIMARY KEY,
        service_id uuid NOT NULL,
        standard_version_id uuid NOT NULL REFERENCES standard_version_ref (id),
        provider_id uuid NOT NULL,
        psc_id uuid,
        psc_branch text,
        region_kato text,
        channel text NOT NULL,
        recipient_type text NOT NULL,
        recipient_id_number text NOT NULL,
        document_ids uuid[] NOT NULL,
        missing_documents jsonb NOT NULL,
        refused_at timestamptz NOT NULL,
        refused_by text NOT NULL
      )`);
    await queryRunner.query(
      `CREATE INDEX intake_refusal_psc_idx ON intake_refusal (psc_id, refused_at DESC)`,
    );
    await queryRunner.query(
      `CREATE INDEX intake_refusal_provider_idx ON intake_refusal (provider_id, refused_at DESC)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE intake_refusal`);
    await queryRunner.query(`DROP TABLE application_status_change`);
    await queryRunner.query(`DROP TABLE application`);
  }
}
