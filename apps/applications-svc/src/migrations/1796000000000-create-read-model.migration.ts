import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The local copies this service accepts applications from: registry organisations (providers, PSCs, their
 * regions) and services, and every registered standard version (Art. 8), kept by version so an application
 * can pin the one it was accepted under.
 */
export class CreateReadModel1796000000000 implements MigrationInterface {
  name = 'CreateReadModel1796000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE organization_ref (
        id uuid PRIMARY KEY,
        bin text,
        name jsonb NOT NULL,
        kind text NOT NULL,
        registry_kind text,
        roles text[] NOT NULL DEFAULT '{}',
        region_kato text,
        active boolean NOT NULL,
        source_updated_at timestamptz NOT NULL
      )`);
    await queryRunner.query(`
      CREATE TABLE service_ref (
        id uuid PRIMARY KEY,
        code text NOT NULL,
        name jsonb NOT NULL,
        owner_id uuid,
        provider_ids uuid[] NOT NULL,
        paid boolean NOT NULL,
        status text NOT NULL CHECK (status IN ('included', 'excluded')),
        updated_at timestamptz NOT NULL
      )`);
    await queryRunner.query(`
      CREATE TABLE standard_version_ref (
        id uuid PRIMARY KEY,
        standard_id uuid NOT NULL,
        service_id uuid NOT NULL,
        version_number int NOT NULL,
        registration_number text NOT NULL,
        in_force_from timestamptz NOT NULL,
        status text NOT NULL CHECK (status IN ('in_force', 'superseded', 'cancelled')),
        owner_id uuid NOT NULL,
        provider_ids uuid[] NOT NULL,
        channels text[] NOT NULL,
        result_forms text[] NOT NULL,
        term jsonb NOT NULL,
        queue_wait jsonb NOT NULL,
        fee jsonb NOT NULL,
        documents jsonb NOT NULL,
        refusal_grounds jsonb NOT NULL
      )`);
    // One standard per service, one version of it in force.
    await queryRunner.query(
      `CREATE UNIQUE INDEX standard_version_ref_in_force_idx ON standard_version_ref (service_id)
        WHERE status = 'in_force'`,
    );
    await queryRunner.query(
      `CREATE INDEX standard_version_ref_standard_idx ON standard_version_ref (standard_id, version_number)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE standard_version_ref`);
    await queryRunner.query(`DROP TABLE service_ref`);
    await queryRunner.query(`DROP TABLE organization_ref`);
  }
}
