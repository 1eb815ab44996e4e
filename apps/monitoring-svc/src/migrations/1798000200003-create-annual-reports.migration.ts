import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Owners' annual activity reports (Art. 17.6-8): drafted from the year's indicators, published (where and on
 * what day), and the public discussions held on them.
 */
export class CreateAnnualReports1798000200003 implements MigrationInterface {
  name = 'CreateAnnualReports1798000200003';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE annual_report (
        id uuid PRIMARY KEY,
        owner_id uuid NOT NULL,
        year int NOT NULL,
        figures jsonb NOT NULL,
        narrative jsonb NOT NULL,
        drafted_at timestamptz NOT NULL,
        published_on date,
        publication_url text,
        published_at timestamptz,
        CONSTRAINT annual_report_owner_year_key UNIQUE (owner_id, year)
      )`);
    await queryRunner.query(`
      CREATE TABLE annual_report_discussion (
        id uuid PRIMARY KEY,
        report_id uuid NOT NULL REFERENCES annual_report (id),
        held_on date NOT NULL,
        participants jsonb NOT NULL,
        summary jsonb NOT NULL,
        recorded_at timestamptz NOT NULL
      )`);
    await queryRunner.query(
      'CREATE INDEX annual_report_discussion_report_idx ON annual_report_discussion (report_id, held_on)',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE annual_report_discussion');
    await queryRunner.query('DROP TABLE annual_report');
  }
}
