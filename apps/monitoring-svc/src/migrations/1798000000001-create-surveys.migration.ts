import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Satisfaction surveys (Art. 5.4.2): the applications a recipient may rate (who applied, from the
 * applications topic's `submitted`, and when the result was issued), and the one answer per application.
 */
export class CreateSurveys1798000000001 implements MigrationInterface {
  name = 'CreateSurveys1798000000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE survey_application (
        application_id uuid PRIMARY KEY,
        recipient_id_number char(12) NOT NULL,
        service_id uuid NOT NULL,
        owner_id uuid NOT NULL,
        provider_id uuid NOT NULL,
        psc_id uuid,
        region_kato text,
        channel text NOT NULL,
        result_issued_at timestamptz
      )`);
    await queryRunner.query(`CREATE INDEX survey_application_owner_idx ON survey_application (owner_id)`);
    await queryRunner.query(`
      CREATE TABLE survey_answer (
        id uuid PRIMARY KEY,
        application_id uuid NOT NULL REFERENCES survey_application (application_id),
        owner_id uuid NOT NULL,
        scores jsonb NOT NULL,
        comment text,
        answered_at timestamptz NOT NULL,
        CONSTRAINT survey_answer_application_key UNIQUE (application_id)
      )`);
    await queryRunner.query(`CREATE INDEX survey_answer_owner_idx ON survey_answer (owner_id, answered_at)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE survey_answer');
    await queryRunner.query('DROP TABLE survey_application');
  }
}
