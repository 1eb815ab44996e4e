import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Wherever a decree is recorded, so is its kind; a draft's version has neither. */
export class DecreeKindRequired1764600000002 implements MigrationInterface {
  name = 'DecreeKindRequired1764600000002';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE service_entry_version ADD CONSTRAINT service_entry_version_decree_has_kind
         CHECK ((decree_number IS NULL) = (decree_kind IS NULL))`,
    );
    await queryRunner.query(
      `ALTER TABLE service_entry ADD CONSTRAINT service_entry_inclusion_decree_has_kind
         CHECK ((inclusion_decree_number IS NULL) = (inclusion_decree_kind IS NULL))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE service_entry DROP CONSTRAINT service_entry_inclusion_decree_has_kind`,
    );
    await queryRunner.query(
      `ALTER TABLE service_entry_version DROP CONSTRAINT service_entry_version_decree_has_kind`,
    );
  }
}
