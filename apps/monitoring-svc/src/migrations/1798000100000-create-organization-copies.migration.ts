import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The registry's organisations as this service needs them (docs/architecture.md D12, D18): who holds the
 * quality-authority role, which organisations own services (they report on internal control), their names.
 */
export class CreateOrganizationCopies1798000100000 implements MigrationInterface {
  name = 'CreateOrganizationCopies1798000100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE organization_ref (
        id uuid PRIMARY KEY,
        name jsonb NOT NULL,
        kind text NOT NULL,
        roles text[] NOT NULL DEFAULT '{}',
        parent_id uuid,
        active boolean NOT NULL,
        source_updated_at timestamptz NOT NULL
      )`);
    await queryRunner.query(`CREATE INDEX organization_ref_roles_idx ON organization_ref USING gin (roles)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE organization_ref');
  }
}
