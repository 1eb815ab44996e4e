import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Search reads a narrow projection of the registry, not the entries themselves. A row of service_entry
 * carries every Art. 6.2 field and its three stored search vectors (~1.9 kB); a broad query (a word found in
 * 40% of 10,000 entries, or a filter without words) spent most of its time reading those wide rows. The
 * projection holds only what search filters, sorts and ranks on (~1 kB), and matches words through an
 * expression index over one stripped vector (the simple and the Russian configurations together), so the
 * vectors used for matching live in the index alone and no row carries them.
 *
 * A trigger keeps the projection in the transaction of every write to service_entry, whatever writes it
 * (requests, the scheduled-versions watcher, the import, the seed), so the two can never disagree.
 */
export class SearchProjection1764500000000 implements MigrationInterface {
  name = 'SearchProjection1764500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // What a word of a query is matched against: every word of the code, names and descriptions, as typed
    // (Kazakh: PostgreSQL has no Kazakh dictionary) and as a Russian stem. Positions are stripped: matching
    // needs none, and relevance is ranked on the names' own vector below. It is only ever read through its
    // index: computing it costs ~0.1 ms a row, which the SET clause (no inlining) and COST tell the planner,
    // so it never walks a sort index computing it row by row instead.
    await queryRunner.query(`
      CREATE FUNCTION registry_match_vector(names text, details text) RETURNS tsvector
        LANGUAGE sql IMMUTABLE PARALLEL SAFE COST 10000 SET search_path = pg_catalog
        AS $$ SELECT strip(to_tsvector('simple'::regconfig, names || ' ' || details))
                  || strip(to_tsvector('russian'::regconfig, names || ' ' || details)) $$`);
    await queryRunner.query(`
      CREATE TABLE service_search (
        service_id uuid PRIMARY KEY REFERENCES service_entry (id) ON DELETE CASCADE,
        status text NOT NULL,
        code text NOT NULL,
        classifier_code text NOT NULL,
        owner_id uuid NOT NULL,
        provider_ids uuid[] NOT NULL,
        channels text[] NOT NULL,
        recipient_types text[] NOT NULL,
        delivery_form text NOT NULL,
        paid boolean NOT NULL,
        name_kk text NOT NULL,
        name_ru text NOT NULL,
        included_at timestamptz,
        updated_at timestamptz NOT NULL,
        names text NOT NULL,
        details text NOT NULL,
        rank_vector tsvector GENERATED ALWAYS AS (strip(to_tsvector('simple'::regconfig, names))) STORED
      )`);
    await queryRunner.query(`
      CREATE FUNCTION service_search_sync() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO service_search (service_id, status, code, classifier_code, owner_id, provider_ids, channels,
          recipient_types, delivery_form, paid, name_kk, name_ru, included_at, updated_at, names, details)
        VALUES (NEW.id, NEW.status, NEW.code, NEW.classifier_code, NEW.owner_id, NEW.provider_ids, NEW.channels,
          NEW.recipient_types, NEW.delivery_form, NEW.paid, NEW.name_kk, NEW.name_ru, NEW.included_at,
          NEW.updated_at, NEW.search_names, NEW.search_details)
        ON CONFLICT (service_id) DO UPDATE SET
          status = EXCLUDED.status, code = EXCLUDED.code, classifier_code = EXCLUDED.classifier_code,
          owner_id = EXCLUDED.owner_id, provider_ids = EXCLUDED.provider_ids, channels = EXCLUDED.channels,
          recipient_types = EXCLUDED.recipient_types, delivery_form = EXCLUDED.delivery_form,
          paid = EXCLUDED.paid, name_kk = EXCLUDED.name_kk, name_ru = EXCLUDED.name_ru,
          included_at = EXCLUDED.included_at, updated_at = EXCLUDED.updated_at, names = EXCLUDED.names,
          details = EXCLUDED.details;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER service_search_sync AFTER INSERT OR UPDATE ON service_entry
        FOR EACH ROW EXECUTE FUNCTION service_search_sync()`);
    await queryRunner.query(`
      INSERT INTO service_search (service_id, status, code, classifier_code, owner_id, provider_ids, channels,
        recipient_types, delivery_form, paid, name_kk, name_ru, included_at, updated_at, names, details)
      SELECT id, status, code, classifier_code, owner_id, provider_ids, channels, recipient_types, delivery_form,
        paid, name_kk, name_ru, included_at, updated_at, search_names, search_details
      FROM service_entry`);

    await queryRunner.query(`
      CREATE INDEX service_search_match_idx ON service_search
        USING gin (registry_match_vector(names, details))`);
    // The public reads what is in the registry (Art. 6.3-6.4): one index per sort order over exactly those
    // entries, so a page is read in order and the scan stops at its last row, and a count of them reads an
    // index alone. Names sort in their own
    // language's alphabet (ICU): Ә after А and Ғ after Г in Kazakh, where the byte order puts them last.
    for (const [name, key] of [
      ['code', 'code COLLATE "C"'],
      ['name_kk', 'name_kk COLLATE "kk-x-icu"'],
      ['name_ru', 'name_ru COLLATE "ru-x-icu"'],
      ['included_at', 'included_at'],
      ['updated_at', 'updated_at'],
    ]) {
      await queryRunner.query(
        `CREATE INDEX service_search_listed_${name}_idx ON service_search (${key}, service_id)
          WHERE status IN ('included', 'amended')`,
      );
    }
    await queryRunner.query(
      `CREATE INDEX service_search_code_idx ON service_search (lower(code) text_pattern_ops)`,
    );
    await queryRunner.query(
      `CREATE INDEX service_search_classifier_idx ON service_search (classifier_code text_pattern_ops)`,
    );
    await queryRunner.query(`CREATE INDEX service_search_owner_idx ON service_search (owner_id)`);
    await queryRunner.query(
      `CREATE INDEX service_search_arrays_idx ON service_search USING gin (provider_ids, channels, recipient_types)`,
    );

    // Search results show the names of the organisations and classifier positions an entry names; a replica
    // keeps them while this revision stands, and every write to either table moves it in its transaction.
    await queryRunner.query(`
      CREATE TABLE registry_reference_revision (
        id int PRIMARY KEY DEFAULT 1 CHECK (id = 1),
        revision bigint NOT NULL
      )`);
    await queryRunner.query(`INSERT INTO registry_reference_revision (revision) VALUES (1)`);
    await queryRunner.query(`
      CREATE FUNCTION registry_reference_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE registry_reference_revision SET revision = revision + 1;
        RETURN NULL;
      END $$`);
    for (const table of ['organization', 'classifier_node']) {
      await queryRunner.query(`
        CREATE TRIGGER ${table}_reference_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON ${table}
          FOR EACH STATEMENT EXECUTE FUNCTION registry_reference_changed()`);
    }

    // The entries no longer carry search vectors: matching and ranking moved to the projection.
    await queryRunner.query(
      `ALTER TABLE service_entry DROP COLUMN search_simple, DROP COLUMN search_russian, DROP COLUMN search_rank`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE service_entry
        ADD COLUMN search_simple tsvector GENERATED ALWAYS AS (
          setweight(to_tsvector('simple'::regconfig, search_names), 'A') ||
          setweight(to_tsvector('simple'::regconfig, search_details), 'B')) STORED,
        ADD COLUMN search_russian tsvector GENERATED ALWAYS AS (
          setweight(to_tsvector('russian'::regconfig, search_names), 'A') ||
          setweight(to_tsvector('russian'::regconfig, search_details), 'B')) STORED,
        ADD COLUMN search_rank tsvector GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, search_names)) STORED`);
    await queryRunner.query(
      `CREATE INDEX service_entry_search_simple_idx ON service_entry USING gin (search_simple)`,
    );
    await queryRunner.query(
      `CREATE INDEX service_entry_search_russian_idx ON service_entry USING gin (search_russian)`,
    );
    await queryRunner.query(`DROP TRIGGER classifier_node_reference_changed ON classifier_node`);
    await queryRunner.query(`DROP TRIGGER organization_reference_changed ON organization`);
    await queryRunner.query(`DROP FUNCTION registry_reference_changed()`);
    await queryRunner.query(`DROP TABLE registry_reference_revision`);
    await queryRunner.query(`DROP TRIGGER service_search_sync ON service_entry`);
    await queryRunner.query(`DROP FUNCTION service_search_sync()`);
    await queryRunner.query(`DROP TABLE service_search`);
    await queryRunner.query(`DROP FUNCTION registry_match_vector(text, text)`);
  }
}
