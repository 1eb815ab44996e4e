import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Organisations, classifier, registry entries with their versions, and the search indexes. */
export class CreateRegistryTables1764100000000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE organization (
        id uuid PRIMARY KEY,
        bin text NOT NULL CHECK (bin ~ '^[0-9]{12}$'),
        name_kk text NOT NULL,
        name_ru text NOT NULL,
        kind text NOT NULL,
        level text,
        roles text[] NOT NULL DEFAULT '{}',
        parent_id uuid REFERENCES organization (id),
        region_kato text CHECK (region_kato ~ '^[0-9]{9}$'),
        active boolean NOT NULL DEFAULT true,
        version int NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT organization_level_only_for_local_bodies
          CHECK ((kind = 'local-executive-body') = (level IS NOT NULL))
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX organization_bin_key ON organization (bin)`);
    await queryRunner.query(`CREATE INDEX organization_kind_idx ON organization (kind)`);
    await queryRunner.query(`CREATE INDEX organization_parent_idx ON organization (parent_id)`);
    await queryRunner.query(`
      CREATE TABLE organization_version (
        organization_id uuid NOT NULL REFERENCES organization (id),
        version int NOT NULL,
        content jsonb NOT NULL,
        changed_by text NOT NULL,
        changed_at timestamptz NOT NULL,
        PRIMARY KEY (organization_id, version)
      )`);
    await queryRunner.query(`
      CREATE TABLE classifier_node (
        code text PRIMARY KEY CHECK (code ~ '^[0-9]{2}(\\.[0-9]{2}){0,2}$'),
        parent_code text REFERENCES classifier_node (code),
        name_kk text NOT NULL,
        name_ru text NOT NULL,
        position int NOT NULL DEFAULT 0,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE SEQUENCE service_entry_code_seq`);
    await queryRunner.query(`
      CREATE TABLE service_entry (
        id uuid PRIMARY KEY,
        code text NOT NULL,
        status text NOT NULL CHECK (status IN ('draft', 'included', 'amended', 'excluded')),
        version int NOT NULL,
        name_kk text NOT NULL,
        name_ru text NOT NULL,
        description_kk text,
        description_ru text,
        classifier_code text NOT NULL REFERENCES classifier_node (code),
        recipient_types text[] NOT NULL,
        owner_id uuid NOT NULL REFERENCES organization (id),
        provider_ids uuid[] NOT NULL,
        intake_organization_ids uuid[] NOT NULL,
        intake_via_portal boolean NOT NULL,
        delivery_form text NOT NULL CHECK (delivery_form IN ('paper', 'electronic', 'paper-and-electronic')),
        channels text[] NOT NULL,
        paid boolean NOT NULL,
        fee_legal_basis_kk text,
        fee_legal_basis_ru text,
        legal_basis_kk text NOT NULL,
        legal_basis_ru text NOT NULL,
        term_working_days int,
        inclusion_decree_number text,
        inclusion_decree_date date,
        included_at timestamptz,
        excluded_at timestamptz,
        search_names text NOT NULL,
        search_details text NOT NULL,
        search_simple tsvector GENERATED ALWAYS AS (
          setweight(to_tsvector('simple'::regconfig, search_names), 'A') ||
          setweight(to_tsvector('simple'::regconfig, search_details), 'B')
        ) STORED,
        search_russian tsvector GENERATED ALWAYS AS (
          setweight(to_tsvector('russian'::regconfig, search_names), 'A') ||
          setweight(to_tsvector('russian'::regconfig, search_details), 'B')
        ) STORED,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        -- Art. 6.4: an entry in the registry has its decree; a draft has none.
        CONSTRAINT service_entry_included_has_decree
          CHECK (status = 'draft' OR (inclusion_decree_number IS NOT NULL AND included_at IS NOT NULL))
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX service_entry_code_key ON service_entry (code)`);
    await queryRunner.query(
      `CREATE INDEX service_entry_search_simple_idx ON service_entry USING gin (search_simple)`,
    );
    await queryRunner.query(
      `CREATE INDEX service_entry_search_russian_idx ON service_entry USING gin (search_russian)`,
    );
    await queryRunner.query(
      `CREATE INDEX service_entry_classifier_idx ON service_entry (classifier_code text_pattern_ops)`,
    );
    await queryRunner.query(`CREATE INDEX service_entry_owner_idx ON service_entry (owner_id)`);
    await queryRunner.query(`CREATE INDEX service_entry_status_idx ON service_entry (status)`);
    await queryRunner.query(`CREATE INDEX service_entry_name_ru_idx ON service_entry (name_ru)`);
    await queryRunner.query(
      `CREATE INDEX service_entry_arrays_idx ON service_entry USING gin (provider_ids, channels, recipient_types)`,
    );
    await queryRunner.query(`
      CREATE TABLE service_entry_version (
        service_id uuid NOT NULL REFERENCES service_entry (id),
        version int NOT NULL,
        change text NOT NULL,
        status text NOT NULL,
        content jsonb NOT NULL,
        decree_number text,
        decree_date date,
        effective_date date,
        reason_kk text,
        reason_ru text,
        recorded_by text NOT NULL,
        recorded_at timestamptz NOT NULL,
        PRIMARY KEY (service_id, version)
      )`);
    await queryRunner.query(
      `CREATE INDEX service_entry_version_effective_idx ON service_entry_version (service_id, effective_date)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE service_entry_version`);
    await queryRunner.query(`DROP TABLE service_entry`);
    await queryRunner.query(`DROP SEQUENCE service_entry_code_seq`);
    await queryRunner.query(`DROP TABLE classifier_node`);
    await queryRunner.query(`DROP TABLE organization_version`);
    await queryRunner.query(`DROP TABLE organization`);
  }
}
