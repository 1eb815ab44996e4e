import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The kind of a decree recorded before kinds were: Order No. 39/НҚ of 31 January 2020, the act that approved
 * the registry (what the demo seed records every entry by), is the authorised body's order; anything else
 * was recorded as a Government resolution (Art. 6.3).
 */
const kindOf = (number: string, date: string): string =>
  `CASE WHEN ${number} = '39/НҚ' AND ${date} = '2020-01-31' THEN 'authorised-body-order'
        ELSE 'government-resolution' END`;

/** Data: the kind of every decree recorded before the column existed. */
export class BackfillDecreeKinds1764600000001 implements MigrationInterface {
  name = 'BackfillDecreeKinds1764600000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `UPDATE service_entry_version SET decree_kind = ${kindOf('decree_number', 'decree_date')}
        WHERE decree_number IS NOT NULL AND decree_kind IS NULL`,
    );
    await queryRunner.query(
      `UPDATE service_entry
          SET inclusion_decree_kind = ${kindOf('inclusion_decree_number', 'inclusion_decree_date')}
        WHERE inclusion_decree_number IS NOT NULL AND inclusion_decree_kind IS NULL`,
    );
  }

  async down(): Promise<void> {
    // The columns go with the schema migration's down; nothing to undo here.
  }
}
