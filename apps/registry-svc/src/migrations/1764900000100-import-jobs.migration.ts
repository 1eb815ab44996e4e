import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * CSV imports run as jobs: the request queues the file and answers 202, a replica claims and runs it. One
 * queued, running or finished job per file content (its SHA-256): the same file sent again finds its job.
 */
export class ImportJobs1764900000100 implements MigrationInterface {
  name = 'ImportJobs1764900000100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE import_job (
        id uuid PRIMARY KEY,
        status varchar(16) NOT NULL CHECK (status IN ('queued', 'running', 'imported', 'rejected', 'failed')),
        file_hash char(64) NOT NULL,
        file text NOT NULL,
        actor jsonb NOT NULL,
        rows integer NOT NULL,
        done integer NOT NULL DEFAULT 0,
        report jsonb NULL,
        attempts integer NOT NULL DEFAULT 0,
        runner uuid NULL,
        heartbeat_at timestamptz NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        started_at timestamptz NULL,
        finished_at timestamptz NULL
      )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX import_job_file_idx ON import_job (file_hash)
       WHERE status IN ('queued', 'running', 'imported')`,
    );
    await queryRunner.query(
      `CREATE INDEX import_job_claim_idx ON import_job (created_at) WHERE status IN ('queued', 'running')`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE import_job`);
  }
}
