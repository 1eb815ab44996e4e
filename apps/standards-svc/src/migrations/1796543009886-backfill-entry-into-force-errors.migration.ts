import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Data: the Kazakh and Russian reason of each version parked before the column existed. */
export class BackfillEntryIntoForceErrors1796543009886 implements MigrationInterface {
  name = 'BackfillEntryIntoForceErrors1796543009886';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `UPDATE standard_version
          SET entry_into_force_localized_error = jsonb_build_object(
                'kk', 'Нұсқа өз күнінде күшіне енбеді: оның деректері толық емес немесе қайшы, не жүйе қатесі орын алды. Себебін жойып, ресми жариялануын қайта тіркеңіз.',
                'ru', 'Версия не вступила в силу в свой день: её данные неполны или противоречивы либо произошла ошибка системы. Устраните причину и зарегистрируйте официальное опубликование заново.')
        WHERE entry_into_force_parked_at IS NOT NULL AND entry_into_force_localized_error IS NULL`,
    );
  }

  async down(): Promise<void> {
    // The column goes with the schema migration's down; nothing to undo here.
  }
}
