import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Art. 14.1 is the law, not a standard's option: whether the day of acceptance counts in the term follows
 * from the channel (a PSC counts it), so the one flag a standard's term carried is dropped from every
 * version's draft and published text. Events carry the rule per channel from now on; the flag's old values
 * stay in the events already published.
 */
export class DropAcceptanceDayFlag1796510643190 implements MigrationInterface {
  name = 'DropAcceptanceDayFlag1796510643190';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `UPDATE standard_version SET content = content #- '{term,acceptanceDayCounts}'
        WHERE content -> 'term' ? 'acceptanceDayCounts'`,
    );
    await queryRunner.query(
      `UPDATE standard_version SET published_content = published_content #- '{term,acceptanceDayCounts}'
        WHERE published_content -> 'term' ? 'acceptanceDayCounts'`,
    );
  }

  async down(): Promise<void> {
    // The flag's values are not kept: the rule is derived from the channels, and nothing reads it back.
  }
}
