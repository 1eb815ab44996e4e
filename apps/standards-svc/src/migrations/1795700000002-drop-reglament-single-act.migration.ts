import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The reglament's one act number and date gave way to its acts (one per approving body). */
export class DropReglamentSingleAct1795700000002 implements MigrationInterface {
  name = 'DropReglamentSingleAct1795700000002';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE reglament DROP COLUMN act_number`);
    await queryRunner.query(`ALTER TABLE reglament DROP COLUMN act_date`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE reglament ADD COLUMN act_number text`);
    await queryRunner.query(`ALTER TABLE reglament ADD COLUMN act_date date`);
    await queryRunner.query(
      `UPDATE reglament SET act_number = acts -> 0 ->> 'actNumber', act_date = (acts -> 0 ->> 'actDate')::date
        WHERE jsonb_array_length(acts) > 0`,
    );
  }
}
