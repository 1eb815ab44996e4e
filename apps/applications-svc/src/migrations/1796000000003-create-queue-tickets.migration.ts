import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Art. 8.9: PSC queue tickets with their waits, one row per ticket a terminal posts. */
export class CreateQueueTickets1796000000003 implements MigrationInterface {
  name = 'CreateQueueTickets1796000000003';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE queue_ticket (
        id uuid PRIMARY KEY,
        psc_id uuid NOT NULL,
        psc_branch text,
        ticket_number text NOT NULL,
        service_id uuid NOT NULL,
        standard_version_id uuid NOT NULL REFERENCES standard_version_ref (id),
        purpose text NOT NULL CHECK (purpose IN ('applying', 'collecting')),
        issued_at timestamptz NOT NULL,
        called_at timestamptz NOT NULL CHECK (called_at >= issued_at),
        wait_minutes int NOT NULL,
        maximum_minutes int NOT NULL,
        exceeded boolean NOT NULL,
        recorded_at timestamptz NOT NULL
      )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX queue_ticket_number_idx ON queue_ticket (psc_id, COALESCE(psc_branch, ''), ticket_number)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE queue_ticket`);
  }
}
