import { Logger } from '@nestjs/common';
import type { MigrationInterface, QueryRunner } from 'typeorm';

const LOCAL_EXECUTIVE_BODY = 'local-executive-body';

/** The providers with the former owner among them (once). */
const providersWith = (providers: string, owner: string): string =>
  `CASE WHEN ${owner} = ANY(${providers}) THEN ${providers} ELSE ${providers} || ${owner} END`;

/**
 * Data (D25): a local executive body recorded as the body that develops and approves the standard moves to
 * the providers (Art. 5.2.1, 7.1, 7.3), in the entry as it stands and in every version still to take
 * effect; the owner stays unnamed until an act of the registry names the central state body. Each entry
 * touched is reported in `owner_correction` and the audit trail (the public-services authority reads
 * both), and one log line gives the counts. The versions already applied keep what their acts said.
 */
export class LocalExecutiveOwnersToProviders1796508930518 implements MigrationInterface {
  name = 'LocalExecutiveOwnersToProviders1796508930518';

  async up(queryRunner: QueryRunner): Promise<void> {
    const entries: Array<{ service_id: string }> = await queryRunner.query(
      `INSERT INTO owner_correction (service_id, code, version, former_owner_id, added_to_providers)
       SELECT e.id, e.code, NULL, e.owner_id, NOT (e.owner_id = ANY(e.provider_ids))
         FROM service_entry e JOIN organization o ON o.id = e.owner_id
        WHERE o.kind = $1
       RETURNING service_id`,
      [LOCAL_EXECUTIVE_BODY],
    );
    const versions: Array<{ service_id: string }> = await queryRunner.query(
      `INSERT INTO owner_correction (service_id, code, version, former_owner_id, added_to_providers)
       SELECT v.service_id, e.code, v.version, o.id,
              NOT (v.content->'providerIds' ? o.id::text)
         FROM service_entry_version v
         JOIN service_entry e ON e.id = v.service_id
         JOIN organization o ON o.id::text = v.content->>'ownerId'
        WHERE o.kind = $1 AND v.applied_at IS NULL AND v.revoked_at IS NULL
       RETURNING service_id`,
      [LOCAL_EXECUTIVE_BODY],
    );
    await queryRunner.query(
      `UPDATE service_entry e
          SET provider_ids = ${providersWith('e.provider_ids', 'e.owner_id')}, owner_id = NULL, updated_at = now()
         FROM organization o
        WHERE o.id = e.owner_id AND o.kind = $1`,
      [LOCAL_EXECUTIVE_BODY],
    );
    await queryRunner.query(
      `UPDATE service_entry_version v
          SET content = jsonb_set(
                jsonb_set(v.content, '{providerIds}',
                  CASE WHEN v.content->'providerIds' ? o.id::text THEN v.content->'providerIds'
                       ELSE (v.content->'providerIds') || to_jsonb(o.id::text) END),
                '{ownerId}', 'null'::jsonb)
         FROM organization o
        WHERE o.id::text = v.content->>'ownerId' AND o.kind = $1
          AND v.applied_at IS NULL AND v.revoked_at IS NULL`,
      [LOCAL_EXECUTIVE_BODY],
    );
    await queryRunner.query(
      `INSERT INTO audit_record (id, occurred_at, actor_subject, actor_roles, action, resource_type,
                                 resource_id, summary, outcome)
       SELECT gen_random_uuid(), c.corrected_at, 'system:registry-svc', '{}', 'service.owner-to-providers',
              'service-entry', c.service_id::text,
              json_build_object('code', c.code, 'version', c.version, 'formerOwnerId', c.former_owner_id,
                                'addedToProviders', c.added_to_providers, 'basis', 'Art. 7.1, 7.3; D25')::text,
              'succeeded'
         FROM owner_correction c
        WHERE c.corrected_at = now()`, // this migration's rows: its transaction's now()
    );
    new Logger('Migrations').log(
      `${this.name}: ${new Set(entries.map((e) => e.service_id)).size} entries and ${versions.length} ` +
        'scheduled versions had a local executive body as owner; moved to the providers (owner_correction)',
    );
  }

  async down(): Promise<void> {
    // Naming an akimat as the standard's developer again would restore what the law forbids.
  }
}
