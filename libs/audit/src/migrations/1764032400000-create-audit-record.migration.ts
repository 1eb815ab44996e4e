import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The audit trail table. Every service that changes state adds this class to its migration list (each
 * service keeps its own audit trail in its own database, written in the same transaction as the change).
 */
export class CreateAuditRecord1764032400000 implements MigrationInterface {
  name = 'CreateAuditRecord1764032400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE audit_record (
        id uuid PRIMARY KEY,
        occurred_at timestamptz NOT NULL DEFAULT now(),
        actor_subject varchar(128) NOT NULL,
        actor_roles text[] NOT NULL DEFAULT '{}',
        organization_id varchar(128) NULL,
        action varchar(100) NOT NULL,
        resource_type varchar(100) NOT NULL,
        resource_id varchar(128) NULL,
        summary text NULL,
        outcome varchar(16) NOT NULL CHECK (outcome IN ('succeeded', 'failed', 'denied')),
        request_id varchar(128) NULL
      )`);
    // The questions auditors ask: the history of one resource, what one person did, what one body did.
    await queryRunner.query(
      `CREATE INDEX audit_record_resource_idx ON audit_record (resource_type, resource_id, occurred_at)`,
    );
    await queryRunner.query(
      `CREATE INDEX audit_record_actor_idx ON audit_record (actor_subject, occurred_at)`,
    );
    await queryRunner.query(
      `CREATE INDEX audit_record_organization_idx ON audit_record (organization_id, occurred_at)`,
    );
    // An audit trail that the application can rewrite proves nothing: refuse UPDATE and DELETE. Retention
    // purges are an operator's job, done with the trigger disabled under their own audited session.
    await queryRunner.query(`
      CREATE FUNCTION audit_record_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_record is append-only';
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER audit_record_append_only BEFORE UPDATE OR DELETE ON audit_record
      FOR EACH ROW EXECUTE FUNCTION audit_record_append_only()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE audit_record`);
    await queryRunner.query(`DROP FUNCTION audit_record_append_only()`);
  }
}
