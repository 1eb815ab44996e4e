import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An order whose fulfilment falls short goes back to its addressee: status `returned`, the day, the kk/ru
 * reasons. Its new due date replaces the old and the overdue watch starts again (`overdue_since` cleared).
 */
export class ReturnedInspectionOrders1798000300003 implements MigrationInterface {
  name = 'ReturnedInspectionOrders1798000300003';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE inspection_order DROP CONSTRAINT inspection_order_status_check`);
    await queryRunner.query(`
      ALTER TABLE inspection_order
        ADD CONSTRAINT inspection_order_status_check
          CHECK (status IN ('issued', 'reported', 'returned', 'fulfilled')),
        ADD COLUMN returned_on date,
        ADD COLUMN return_reasons jsonb`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE inspection_order
        DROP CONSTRAINT inspection_order_status_check,
        DROP COLUMN returned_on,
        DROP COLUMN return_reasons`);
    await queryRunner.query(`
      ALTER TABLE inspection_order
        ADD CONSTRAINT inspection_order_status_check CHECK (status IN ('issued', 'reported', 'fulfilled'))`);
  }
}
