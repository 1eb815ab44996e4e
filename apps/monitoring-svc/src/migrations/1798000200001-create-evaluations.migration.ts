import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The yearly quality evaluation (Art. 20-21): the quality authority's methodologies, each version kept as
 * adopted (criteria, weights, score bands), and each year's published scores of owners with their explanation.
 */
export class CreateEvaluations1798000200001 implements MigrationInterface {
  name = 'CreateEvaluations1798000200001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE evaluation_methodology (
        id uuid PRIMARY KEY,
        version int NOT NULL,
        title jsonb NOT NULL,
        adopted_on date NOT NULL,
        criteria jsonb NOT NULL,
        bands jsonb NOT NULL,
        quality_authority_id uuid NOT NULL,
        created_at timestamptz NOT NULL,
        CONSTRAINT evaluation_methodology_version_key UNIQUE (version)
      )`);
    await queryRunner.query(`
      CREATE TABLE evaluation_year (
        year int PRIMARY KEY,
        methodology_id uuid NOT NULL REFERENCES evaluation_methodology (id),
        owners_ranked int NOT NULL,
        published_at timestamptz NOT NULL
      )`);
    await queryRunner.query(`
      CREATE TABLE evaluation (
        id uuid PRIMARY KEY,
        year int NOT NULL REFERENCES evaluation_year (year),
        owner_id uuid NOT NULL,
        score numeric(5, 2) NOT NULL,
        band text NOT NULL,
        rank int NOT NULL,
        explanation jsonb NOT NULL,
        CONSTRAINT evaluation_year_owner_key UNIQUE (year, owner_id)
      )`);
    await queryRunner.query(`CREATE INDEX evaluation_owner_idx ON evaluation (owner_id, year)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE evaluation');
    await queryRunner.query('DROP TABLE evaluation_year');
    await queryRunner.query('DROP TABLE evaluation_methodology');
  }
}
