import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Data: the Kazakh and Russian reason of each version parked before the columns existed. Only a broken event
 * contract parked one then (the authority reads the fields in the error kept beside it).
 */
export class BackfillParkedVersionErrors1796543009883 implements MigrationInterface {
  name = 'BackfillParkedVersionErrors1796543009883';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `UPDATE service_entry_version
          SET parked_error_kk = 'Акт өз күнінде қолданылмады: оның оқиғасы тізілім оқиғаларының келісіміне сәйкес келмейді. Актінің күшін жойып, оны қайта тіркеңіз.',
              parked_error_ru = 'Акт не применён в день вступления в силу: его событие нарушает контракт событий реестра. Отмените акт и зарегистрируйте его заново.'
        WHERE parked_at IS NOT NULL AND parked_error_kk IS NULL`,
    );
  }

  async down(): Promise<void> {
    // The columns go with the schema migration's down; nothing to undo here.
  }
}
