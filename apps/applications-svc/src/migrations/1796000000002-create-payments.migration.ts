import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Art. 18: fees paid, one row per payment the gateway reports; its id is unique, so a replay adds nothing. */
export class CreatePayments1796000000002 implements MigrationInterface {
  name = 'CreatePayments1796000000002';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE payment (
        id uuid PRIMARY KEY,
        application_id uuid NOT NULL REFERENCES application (id),
        gateway_payment_id text NOT NULL,
        amount_kzt int NOT NULL CHECK (amount_kzt > 0),
        paid_at timestamptz NOT NULL,
        received_at timestamptz NOT NULL
      )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX payment_gateway_payment_idx ON payment (gateway_payment_id)`,
    );
    await queryRunner.query(`CREATE INDEX payment_application_idx ON payment (application_id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE payment`);
  }
}
