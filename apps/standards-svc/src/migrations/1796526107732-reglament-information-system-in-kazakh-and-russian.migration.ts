import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Art. 5, 11.1.3: a reglament step named its information system in one string, in whichever language the
 * owner typed it; a person reads the reglament in Kazakh and Russian, so it becomes `{ kk, ru }`. A stored
 * name is an information system's proper name (ИИС ЦОН, ГБД ФЛ) and has no second text to convert from: it
 * is kept in both languages, and the owner gives the Kazakh name when the reglament is next drafted.
 */
export class ReglamentInformationSystemInKazakhAndRussian1796526107732 implements MigrationInterface {
  name = 'ReglamentInformationSystemInKazakhAndRussian1796526107732';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      UPDATE reglament r
         SET steps = (
           SELECT coalesce(jsonb_agg(
                    CASE
                      WHEN jsonb_typeof(s -> 'informationSystem') = 'string'
                        THEN jsonb_set(s, '{informationSystem}', jsonb_build_object(
                          'kk', s ->> 'informationSystem', 'ru', s ->> 'informationSystem'))
                      ELSE s
                    END ORDER BY ordinality), '[]'::jsonb)
             FROM jsonb_array_elements(r.steps) WITH ORDINALITY AS t(s, ordinality))
       WHERE EXISTS (
         SELECT 1 FROM jsonb_array_elements(r.steps) s WHERE jsonb_typeof(s -> 'informationSystem') = 'string')`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      UPDATE reglament r
         SET steps = (
           SELECT coalesce(jsonb_agg(
                    CASE
                      WHEN jsonb_typeof(s -> 'informationSystem') = 'object'
                        THEN jsonb_set(s, '{informationSystem}', s -> 'informationSystem' -> 'ru')
                      ELSE s
                    END ORDER BY ordinality), '[]'::jsonb)
             FROM jsonb_array_elements(r.steps) WITH ORDINALITY AS t(s, ordinality))
       WHERE EXISTS (
         SELECT 1 FROM jsonb_array_elements(r.steps) s WHERE jsonb_typeof(s -> 'informationSystem') = 'object')`);
  }
}
