import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The local copies a complaint's chain and its checks are derived from: registry organisations (kind, roles,
 * region), registry services (owner, providers) and the applications a complaint may name, with the
 * recipient's IIN/BIN the applications topic carries for exactly this check (Art. 19.1).
 */
export class CreateReadModel1797000000000 implements MigrationInterface {
  name = 'CreateReadModel1797000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE organization_ref (
        id uuid PRIMARY KEY,
        name jsonb NOT NULL,
        kind text NOT NULL,
        roles text[] NOT NULL DEFAULT '{}',
        region_kato text,
        active boolean NOT NULL,
        source_updated_at timestamptz NOT NULL
      )`);
    await queryRunner.query(`CREATE INDEX organization_ref_roles_idx ON organization_ref USING gin (roles)`);
    await queryRunner.query(`
      CREATE TABLE service_ref (
        id uuid PRIMARY KEY,
        code text NOT NULL,
        name jsonb NOT NULL,
        owner_id uuid,
        provider_ids uuid[] NOT NULL,
        updated_at timestamptz NOT NULL
      )`);
    await queryRunner.query(`
      CREATE TABLE application_ref (
        id uuid PRIMARY KEY,
        tracking_number text NOT NULL UNIQUE,
        service_id uuid NOT NULL,
        owner_id uuid NOT NULL,
        provider_id uuid NOT NULL,
        psc_id uuid,
        region_kato text,
        recipient_id_number text,
        status text NOT NULL,
        due_date date NOT NULL,
        updated_at timestamptz NOT NULL
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE application_ref`);
    await queryRunner.query(`DROP TABLE service_ref`);
    await queryRunner.query(`DROP TABLE organization_ref`);
  }
}
