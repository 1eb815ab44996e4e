import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * New entry codes are numbered within their classifier group (`01.01-001`, as the seed's are), no longer
 * from one global sequence (`01.01-0001`); nothing draws from the sequence any more.
 */
export class DropEntryCodeSequence1764900000300 implements MigrationInterface {
  name = 'DropEntryCodeSequence1764900000300';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP SEQUENCE service_entry_code_seq`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE SEQUENCE service_entry_code_seq`);
  }
}
