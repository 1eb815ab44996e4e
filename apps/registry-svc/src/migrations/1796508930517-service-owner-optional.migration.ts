import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Schema: an entry's owner may be unnamed, and the correction that leaves it so is reported (D25). Art. 7.1
 * gives the development and approval of a standard to a central state body only; an entry that named a
 * local executive body in that role loses it (the data migration after this one), and only a new act of
 * the registry can name the central body, so the column holds null until then.
 */
export class ServiceOwnerOptional1796508930517 implements MigrationInterface {
  name = 'ServiceOwnerOptional1796508930517';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE service_entry ALTER COLUMN owner_id DROP NOT NULL`);
    await queryRunner.query(`ALTER TABLE service_search ALTER COLUMN owner_id DROP NOT NULL`);
    // One row per entry, or scheduled version of an entry, whose local executive body left the owner's role.
    await queryRunner.query(`
      CREATE TABLE owner_correction (
        id bigserial PRIMARY KEY,
        service_id uuid NOT NULL REFERENCES service_entry (id),
        code text NOT NULL,
        version int NULL,
        former_owner_id uuid NOT NULL REFERENCES organization (id),
        added_to_providers boolean NOT NULL,
        corrected_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX owner_correction_service_idx ON owner_correction (service_id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE owner_correction`);
    await queryRunner.query(`ALTER TABLE service_search ALTER COLUMN owner_id SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE service_entry ALTER COLUMN owner_id SET NOT NULL`);
  }
}
