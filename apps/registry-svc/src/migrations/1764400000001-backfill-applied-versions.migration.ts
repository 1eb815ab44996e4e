import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Data: every version recorded before scheduling existed was applied when recorded (its event went out
 * then), so it is marked applied at that moment rather than left looking scheduled.
 */
export class BackfillAppliedVersions1764400000001 implements MigrationInterface {
  name = 'BackfillAppliedVersions1764400000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `UPDATE service_entry_version SET applied_at = recorded_at WHERE applied_at IS NULL`,
    );
  }

  async down(): Promise<void> {
    // The column goes with the schema migration's down; nothing to undo here.
  }
}
