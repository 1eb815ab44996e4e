import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Schema for the review of issue 6: a late first discussion, terms met late with their explanation, every
 * round of agreement kept, refusals of registration, unique registration numbers, one act per approving
 * body of a reglament, and services known from an amendment before their inclusion.
 */
export class ReviewFixesSchema1795700000000 implements MigrationInterface {
  name = 'ReviewFixesSchema1795700000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE standard_version ADD COLUMN discussion_late boolean NOT NULL DEFAULT false`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX standard_version_registration_number ON standard_version (registration_number)
        WHERE registration_number IS NOT NULL`,
    );

    await queryRunner.query(`ALTER TABLE statutory_term DROP CONSTRAINT statutory_term_status_check`);
    await queryRunner.query(
      `ALTER TABLE statutory_term ADD CONSTRAINT statutory_term_status_check
        CHECK (status IN ('open', 'met', 'missed', 'met_late', 'lapsed'))`,
    );
    await queryRunner.query(`ALTER TABLE statutory_term ADD COLUMN skipped jsonb NOT NULL DEFAULT '[]'`);
    await queryRunner.query(
      `ALTER TABLE statutory_term ADD COLUMN provisional boolean NOT NULL DEFAULT false`,
    );

    await queryRunner.query(
      `ALTER TABLE approval DROP CONSTRAINT approval_version_id_kind_organization_id_key`,
    );
    await queryRunner.query(
      `ALTER TABLE approval ADD CONSTRAINT approval_version_id_round_kind_organization_id_key
        UNIQUE (version_id, round, kind, organization_id)`,
    );
    await queryRunner.query(`ALTER TABLE approval DROP CONSTRAINT approval_status_check`);
    await queryRunner.query(
      `ALTER TABLE approval ADD CONSTRAINT approval_status_check
        CHECK (status IN ('pending', 'approved', 'returned', 'superseded'))`,
    );

    await queryRunner.query(`
      CREATE TABLE registration_refusal (
        id uuid PRIMARY KEY,
        standard_id uuid NOT NULL REFERENCES standard (id),
        version_id uuid NOT NULL REFERENCES standard_version (id),
        reasons jsonb NOT NULL,
        refused_at timestamptz NOT NULL,
        refused_by text NOT NULL,
        refused_by_organization_id uuid
      )`);
    await queryRunner.query(
      `CREATE INDEX registration_refusal_standard ON registration_refusal (standard_id, refused_at)`,
    );

    await queryRunner.query(`ALTER TABLE reglament ADD COLUMN acts jsonb NOT NULL DEFAULT '[]'`);

    await queryRunner.query(`ALTER TABLE service_ref ALTER COLUMN included_at DROP NOT NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE service_ref ALTER COLUMN included_at SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE reglament DROP COLUMN acts`);
    await queryRunner.query(`DROP TABLE registration_refusal`);
    await queryRunner.query(`ALTER TABLE approval DROP CONSTRAINT approval_status_check`);
    await queryRunner.query(
      `ALTER TABLE approval ADD CONSTRAINT approval_status_check
        CHECK (status IN ('pending', 'approved', 'returned'))`,
    );
    await queryRunner.query(
      `ALTER TABLE approval DROP CONSTRAINT approval_version_id_round_kind_organization_id_key`,
    );
    await queryRunner.query(
      `ALTER TABLE approval ADD CONSTRAINT approval_version_id_kind_organization_id_key
        UNIQUE (version_id, kind, organization_id)`,
    );
    await queryRunner.query(`ALTER TABLE statutory_term DROP COLUMN provisional`);
    await queryRunner.query(`ALTER TABLE statutory_term DROP COLUMN skipped`);
    await queryRunner.query(`ALTER TABLE statutory_term DROP CONSTRAINT statutory_term_status_check`);
    await queryRunner.query(
      `ALTER TABLE statutory_term ADD CONSTRAINT statutory_term_status_check
        CHECK (status IN ('open', 'met', 'missed', 'lapsed'))`,
    );
    await queryRunner.query(`DROP INDEX standard_version_registration_number`);
    await queryRunner.query(`ALTER TABLE standard_version DROP COLUMN discussion_late`);
  }
}
