import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Read model, standards and versions, statutory terms, discussion, agreement, reglaments. */
export class CreateStandardsTables1764050000000 implements MigrationInterface {
  name = 'CreateStandardsTables1764050000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE service_ref (
        id uuid PRIMARY KEY,
        code text NOT NULL,
        name jsonb NOT NULL,
        owner_id uuid,
        provider_ids jsonb NOT NULL,
        channels jsonb NOT NULL,
        delivery_form text NOT NULL CHECK (delivery_form IN ('paper', 'electronic', 'both')),
        paid boolean NOT NULL,
        status text NOT NULL CHECK (status IN ('included', 'excluded')),
        included_at timestamptz NOT NULL,
        excluded_at timestamptz,
        updated_at timestamptz NOT NULL
      )`);
    await queryRunner.query(`
      CREATE TABLE organization_ref (
        id uuid PRIMARY KEY,
        bin text NOT NULL,
        name jsonb NOT NULL,
        kind text NOT NULL,
        active boolean NOT NULL,
        source_updated_at timestamptz NOT NULL
      )`);
    await queryRunner.query(`CREATE INDEX organization_ref_bin ON organization_ref (bin)`);
    await queryRunner.query(`
      CREATE TABLE standard (
        id uuid PRIMARY KEY,
        service_id uuid NOT NULL UNIQUE,
        included_at timestamptz NOT NULL,
        status text NOT NULL,
        in_force_version_id uuid,
        working_version_id uuid,
        cancelled boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX standard_status ON standard (status)`);
    await queryRunner.query(`
      CREATE TABLE standard_version (
        id uuid PRIMARY KEY,
        standard_id uuid NOT NULL REFERENCES standard (id),
        number integer NOT NULL,
        kind text NOT NULL CHECK (kind IN ('adoption', 'amendment', 'cancellation')),
        status text NOT NULL CHECK (status IN ('drafting', 'discussion', 'revision', 'agreement', 'registration',
          'in_force', 'superseded', 'cancelled')),
        basis_kind text NOT NULL,
        basis_reference text,
        content jsonb NOT NULL,
        published_content jsonb,
        discussion_opened_at timestamptz,
        discussion_ends_at timestamptz,
        notice_published_at timestamptz,
        registration_number text,
        registration_date date,
        in_force_from timestamptz,
        in_force_until timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (standard_id, number)
      )`);
    await queryRunner.query(
      `CREATE INDEX standard_version_open_discussion ON standard_version (discussion_ends_at) WHERE status = 'discussion'`,
    );
    await queryRunner.query(`
      CREATE TABLE statutory_term (
        id uuid PRIMARY KEY,
        standard_id uuid NOT NULL REFERENCES standard (id),
        kind text NOT NULL CHECK (kind IN ('standard_adoption', 'public_discussion', 'public_information', 'reglament')),
        scope text NOT NULL,
        starts_at timestamptz NOT NULL,
        due_date date NOT NULL,
        due_at timestamptz NOT NULL,
        status text NOT NULL CHECK (status IN ('open', 'met', 'missed', 'lapsed')),
        met_at timestamptz,
        missed_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (standard_id, kind, scope)
      )`);
    await queryRunner.query(
      `CREATE INDEX statutory_term_open_due ON statutory_term (due_at) WHERE status = 'open'`,
    );
    await queryRunner.query(`
      CREATE TABLE proposal (
        id uuid PRIMARY KEY,
        standard_id uuid NOT NULL REFERENCES standard (id),
        version_id uuid NOT NULL REFERENCES standard_version (id),
        author_kind text NOT NULL CHECK (author_kind IN ('individual', 'legal_entity')),
        author_identifier text NOT NULL,
        author_subject text NOT NULL,
        item text,
        clause text,
        text text NOT NULL,
        submitted_at timestamptz NOT NULL,
        outcome text CHECK (outcome IN ('accepted', 'partly_accepted', 'rejected')),
        outcome_reason jsonb,
        summary jsonb,
        decided_at timestamptz
      )`);
    await queryRunner.query(`CREATE INDEX proposal_version ON proposal (version_id, submitted_at)`);
    await queryRunner.query(`
      CREATE TABLE discussion_notice (
        id uuid PRIMARY KEY,
        standard_id uuid NOT NULL REFERENCES standard (id),
        version_id uuid NOT NULL UNIQUE REFERENCES standard_version (id),
        published_at timestamptz NOT NULL,
        revised_draft_url text NOT NULL,
        note jsonb,
        entries jsonb NOT NULL,
        sent_to jsonb NOT NULL
      )`);
    await queryRunner.query(`
      CREATE TABLE approval (
        id uuid PRIMARY KEY,
        standard_id uuid NOT NULL REFERENCES standard (id),
        version_id uuid NOT NULL REFERENCES standard_version (id),
        kind text NOT NULL,
        organization_id uuid NOT NULL,
        status text NOT NULL CHECK (status IN ('pending', 'approved', 'returned')),
        round integer NOT NULL,
        remarks jsonb,
        decided_at timestamptz,
        decided_by text,
        UNIQUE (version_id, kind, organization_id)
      )`);
    await queryRunner.query(`
      CREATE TABLE reglament (
        id uuid PRIMARY KEY,
        standard_id uuid NOT NULL REFERENCES standard (id),
        version_id uuid NOT NULL UNIQUE REFERENCES standard_version (id),
        status text NOT NULL CHECK (status IN ('draft', 'agreement', 'approved')),
        general_provisions jsonb NOT NULL,
        steps jsonb NOT NULL,
        interactions jsonb NOT NULL,
        act_kind text NOT NULL CHECK (act_kind IN ('central_body_order', 'akimat_resolution')),
        act_number text,
        act_date date,
        informatization_required boolean NOT NULL,
        informatization_authority_id uuid,
        informatization_agreed_at timestamptz,
        approved_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [
      'reglament',
      'approval',
      'discussion_notice',
      'proposal',
      'statutory_term',
      'standard_version',
      'standard',
      'organization_ref',
      'service_ref',
    ]) {
      await queryRunner.query(`DROP TABLE ${table}`);
    }
  }
}
