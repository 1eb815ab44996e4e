import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * D38: the platform administrator assigns authority roles on the legal act designating the body; each
 * assignment keeps its act. Roles held before this have no act recorded here: the next assignment records one.
 */
export class AuthorityDesignations1796522528083 implements MigrationInterface {
  name = 'AuthorityDesignations1796522528083';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE authority_designation (
        id uuid PRIMARY KEY,
        organization_id uuid NOT NULL REFERENCES organization (id),
        roles text[] NOT NULL,
        act jsonb NOT NULL,
        recorded_at timestamptz NOT NULL,
        recorded_by text NOT NULL
      )`);
    await queryRunner.query(
      `CREATE INDEX authority_designation_organization ON authority_designation (organization_id, recorded_at)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE authority_designation`);
  }
}
