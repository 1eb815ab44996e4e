import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Art. 5.2.2: an individual provider is identified by its IIN and has no BIN; every other organisation by
 * its BIN. IINs are unique like BINs. Art. 5.1.2: a local executive body has the KATO code of its
 * territory. Both rules are NOT VALID: they hold for every row written from now on without failing the
 * migration on rows an earlier version let in (an individual provider with a BIN, an akimat without a
 * KATO code); such a row must be corrected on its next update.
 */
export class OrganizationIdentifiers1764300000000 implements MigrationInterface {
  name = 'OrganizationIdentifiers1764300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE organization ALTER COLUMN bin DROP NOT NULL`);
    await queryRunner.query(`ALTER TABLE organization ADD COLUMN iin text CHECK (iin ~ '^[0-9]{12}$')`);
    await queryRunner.query(`CREATE UNIQUE INDEX organization_iin_key ON organization (iin)`);
    await queryRunner.query(`
      ALTER TABLE organization ADD CONSTRAINT organization_identifier_by_kind CHECK (
        CASE WHEN kind = 'individual-provider' THEN iin IS NOT NULL AND bin IS NULL
             ELSE bin IS NOT NULL AND iin IS NULL END
      ) NOT VALID`);
    await queryRunner.query(`
      ALTER TABLE organization ADD CONSTRAINT organization_local_body_has_kato
        CHECK (kind <> 'local-executive-body' OR region_kato IS NOT NULL) NOT VALID`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE organization DROP CONSTRAINT organization_local_body_has_kato`);
    await queryRunner.query(`ALTER TABLE organization DROP CONSTRAINT organization_identifier_by_kind`);
    await queryRunner.query(`DROP INDEX organization_iin_key`);
    await queryRunner.query(`ALTER TABLE organization DROP COLUMN iin`);
    await queryRunner.query(`ALTER TABLE organization ALTER COLUMN bin SET NOT NULL`);
  }
}
