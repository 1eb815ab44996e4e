import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The calendar's amendments and the revision they make up; every service that counts terms has them. */
export class CreateCalendarTables1764115200000 implements MigrationInterface {
  name = 'CreateCalendarTables1764115200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE calendar_amendment (
        id varchar(100) PRIMARY KEY,
        kind varchar(20) NOT NULL CHECK (kind IN ('transfer', 'day_off', 'working_day')),
        date_from date NULL,
        date_to date NULL,
        date date NULL,
        name_kk varchar(300) NULL,
        name_ru varchar(300) NULL,
        holiday_id varchar(50) NULL,
        legal_basis text NOT NULL,
        recorded_at timestamptz NOT NULL,
        recorded_by varchar(128) NULL,
        revoked_at timestamptz NULL,
        revoked_by varchar(128) NULL,
        revocation_basis text NULL,
        CHECK ((kind = 'transfer') = (date_from IS NOT NULL AND date_to IS NOT NULL AND date IS NULL)),
        CHECK ((kind <> 'transfer') = (date IS NOT NULL))
      )`);
    await queryRunner.query(
      `CREATE TABLE calendar_revision (
        id smallint PRIMARY KEY CHECK (id = 1),
        revision integer NOT NULL,
        changed_at timestamptz NULL
      )`,
    );
    await queryRunner.query(`INSERT INTO calendar_revision (id, revision, changed_at) VALUES (1, 0, NULL)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE calendar_revision`);
    await queryRunner.query(`DROP TABLE calendar_amendment`);
  }
}
