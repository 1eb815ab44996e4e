import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Art. 9.4: the completion notice named a proposal's source in English words (`individual ********0123`,
 * `legal_entity 123456789012`); a person reads it, so each entry's source becomes Kazakh and Russian. The
 * identifier is kept as the notice stored it (the IIN masked, the BIN whole).
 */
export class NoticeSourceInKazakhAndRussian1796523600000 implements MigrationInterface {
  name = 'NoticeSourceInKazakhAndRussian1796523600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      UPDATE discussion_notice n
         SET entries = (
           SELECT coalesce(jsonb_agg(
                    CASE
                      WHEN jsonb_typeof(e -> 'source') <> 'string' THEN e
                      WHEN e ->> 'source' LIKE 'individual %' THEN jsonb_set(e, '{source}', jsonb_build_object(
                        'kk', 'Жеке тұлға, ЖСН ' || substr(e ->> 'source', 12),
                        'ru', 'Физическое лицо, ИИН ' || substr(e ->> 'source', 12)))
                      WHEN e ->> 'source' LIKE 'legal_entity %' THEN jsonb_set(e, '{source}', jsonb_build_object(
                        'kk', 'Заңды тұлға, БСН ' || substr(e ->> 'source', 14),
                        'ru', 'Юридическое лицо, БИН ' || substr(e ->> 'source', 14)))
                      ELSE jsonb_set(e, '{source}', jsonb_build_object('kk', e ->> 'source', 'ru', e ->> 'source'))
                    END ORDER BY ordinality), '[]'::jsonb)
             FROM jsonb_array_elements(n.entries) WITH ORDINALITY AS t(e, ordinality))
       WHERE EXISTS (SELECT 1 FROM jsonb_array_elements(n.entries) e WHERE jsonb_typeof(e -> 'source') = 'string')`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      UPDATE discussion_notice n
         SET entries = (
           SELECT coalesce(jsonb_agg(
                    CASE
                      WHEN jsonb_typeof(e -> 'source') <> 'object' THEN e
                      WHEN e #>> '{source,ru}' LIKE 'Физическое лицо, ИИН %' THEN jsonb_set(e, '{source}',
                        to_jsonb('individual ' || substr(e #>> '{source,ru}', 22)))
                      WHEN e #>> '{source,ru}' LIKE 'Юридическое лицо, БИН %' THEN jsonb_set(e, '{source}',
                        to_jsonb('legal_entity ' || substr(e #>> '{source,ru}', 23)))
                      ELSE jsonb_set(e, '{source}', e -> 'source' -> 'ru')
                    END ORDER BY ordinality), '[]'::jsonb)
             FROM jsonb_array_elements(n.entries) WITH ORDINALITY AS t(e, ordinality))`);
  }
}
