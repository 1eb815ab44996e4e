import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Art. 17.2: each body that owns or delivers a service confirms its own information update, instead of the
 * owner certifying it for everyone. A row per body and version; the term is the version's `public_information`
 * statutory term. Versions whose term is still outstanding get rows for the registry's owner and providers,
 * so the watcher and the confirmations cover them too; terms already met stay as they were recorded.
 */
export class InformationUpdatesPerBody1796509467252 implements MigrationInterface {
  name = 'InformationUpdatesPerBody1796509467252';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE information_update (
        id uuid PRIMARY KEY,
        standard_id uuid NOT NULL REFERENCES standard (id),
        version_id uuid NOT NULL REFERENCES standard_version (id),
        term_id uuid NOT NULL REFERENCES statutory_term (id),
        organization_id uuid NOT NULL,
        roles text[] NOT NULL CHECK (cardinality(roles) > 0),
        change text NOT NULL CHECK (change IN ('adoption', 'amendment', 'cancellation')),
        updated_on date,
        confirmed_at timestamptz,
        confirmed_by text,
        overdue_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((updated_on IS NULL) = (confirmed_at IS NULL))
      )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX information_update_version_organization ON information_update (version_id, organization_id)`,
    );
    await queryRunner.query(
      `CREATE INDEX information_update_outstanding ON information_update (term_id)
        WHERE confirmed_at IS NULL AND overdue_at IS NULL`,
    );
    await queryRunner.query(`
      INSERT INTO information_update (id, standard_id, version_id, term_id, organization_id, roles, change)
      SELECT gen_random_uuid(), t.standard_id, v.id, t.id, body.id,
             array_remove(ARRAY[
               CASE WHEN body.id = r.owner_id THEN 'owner' END,
               CASE WHEN r.provider_ids ? body.id::text THEN 'provider' END
             ], NULL),
             v.kind
        FROM statutory_term t
        JOIN standard_version v ON v.id::text = t.scope
        JOIN standard s ON s.id = t.standard_id
        JOIN service_ref r ON r.id = s.service_id
        CROSS JOIN LATERAL (
          SELECT DISTINCT x::uuid AS id FROM (
            SELECT r.owner_id::text AS x WHERE r.owner_id IS NOT NULL
            UNION SELECT jsonb_array_elements_text(r.provider_ids)
          ) bodies
        ) body
       WHERE t.kind = 'public_information' AND t.status IN ('open', 'missed')`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE information_update`);
  }
}
