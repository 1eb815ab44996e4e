import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A version recorded by an act that has not taken effect can be revoked (recorded in error, or the act
 * cancelled before its day): it stays in the history with who revoked it, when and why, and never applies.
 * One that took effect cannot be: only a new act changes the entry then.
 */
export class RevocableScheduledVersions1764700000000 implements MigrationInterface {
  name = 'RevocableScheduledVersions1764700000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE service_entry_version
         ADD COLUMN revoked_at timestamptz,
         ADD COLUMN revoked_by text,
         ADD COLUMN revocation_reason_kk text,
         ADD COLUMN revocation_reason_ru text,
         ADD CONSTRAINT service_entry_version_revoked_before_applied
           CHECK (revoked_at IS NULL OR (applied_at IS NULL AND revoked_by IS NOT NULL
                  AND revocation_reason_kk IS NOT NULL AND revocation_reason_ru IS NOT NULL))`,
    );
    await queryRunner.query(`DROP INDEX service_entry_version_pending_idx`);
    await queryRunner.query(
      `CREATE INDEX service_entry_version_pending_idx ON service_entry_version (effective_date)
        WHERE applied_at IS NULL AND revoked_at IS NULL`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX service_entry_version_pending_idx`);
    await queryRunner.query(
      `CREATE INDEX service_entry_version_pending_idx ON service_entry_version (effective_date)
        WHERE applied_at IS NULL`,
    );
    await queryRunner.query(
      `ALTER TABLE service_entry_version
         DROP CONSTRAINT service_entry_version_revoked_before_applied,
         DROP COLUMN revocation_reason_ru,
         DROP COLUMN revocation_reason_kk,
         DROP COLUMN revoked_by,
         DROP COLUMN revoked_at`,
    );
  }
}
