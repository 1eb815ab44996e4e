import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Art. 5: a person reads the act behind a calendar amendment in Kazakh and Russian, but it was one string,
 * in whichever language the administrator typed it. It becomes two columns. A stored act has no second text
 * to convert from, so it is kept in both languages until the administrator records the amendment again.
 */
export class AmendmentLegalBasisInKazakhAndRussian1796526797348 implements MigrationInterface {
  name = 'AmendmentLegalBasisInKazakhAndRussian1796526797348';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE calendar_amendment RENAME COLUMN legal_basis TO legal_basis_ru`);
    await queryRunner.query(`ALTER TABLE calendar_amendment ADD COLUMN legal_basis_kk text NULL`);
    await queryRunner.query(`UPDATE calendar_amendment SET legal_basis_kk = legal_basis_ru`);
    await queryRunner.query(`ALTER TABLE calendar_amendment ALTER COLUMN legal_basis_kk SET NOT NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE calendar_amendment DROP COLUMN legal_basis_kk`);
    await queryRunner.query(`ALTER TABLE calendar_amendment RENAME COLUMN legal_basis_ru TO legal_basis`);
  }
}
