import { WorkingCalendar, type TermUnit } from '@kzps/calendar';
import { amendmentOfRow, type CalendarAmendmentRow } from '@kzps/calendar-store';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The statutory terms as this migration counts them (frozen here: migrations never follow later code). */
const termRules: Record<string, { amount: number; unit: TermUnit }> = {
  standard_adoption: { amount: 3, unit: 'months' },
  public_discussion: { amount: 30, unit: 'calendar_days' },
  public_information: { amount: 3, unit: 'working_days' },
  reglament: { amount: 1, unit: 'months' },
};

interface TermRow {
  id: string;
  kind: string;
  starts_at: Date;
}

/**
 * Data for ReviewFixesSchema: terms missed and then met become `met_late`; every term gets the days the
 * calendar skipped and its provisional flag, counted on this service's copy of the calendar; an approved
 * reglament's act becomes the act of its owner.
 */
export class ReviewFixesBackfill1795700000001 implements MigrationInterface {
  name = 'ReviewFixesBackfill1795700000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `UPDATE statutory_term SET status = 'met_late' WHERE status = 'missed' AND met_at IS NOT NULL`,
    );

    // Dates as the calendar's 'YYYY-MM-DD' (the driver would give a Date). The calendar-store row has the act in
    // two columns since 1796526797348, which runs after this one: the one text stands for both here, as that
    // migration copies it (the terms counted do not depend on it).
    const amendments: CalendarAmendmentRow[] = await queryRunner.query(
      `SELECT id, kind, to_char(date_from, 'YYYY-MM-DD') AS "dateFrom", to_char(date_to, 'YYYY-MM-DD') AS "dateTo",
              to_char(date, 'YYYY-MM-DD') AS date, name_kk AS "nameKk",
              name_ru AS "nameRu", holiday_id AS "holidayId",
              legal_basis AS "legalBasisKk", legal_basis AS "legalBasisRu",
              recorded_at AS "recordedAt"
         FROM calendar_amendment WHERE revoked_at IS NULL ORDER BY recorded_at, id`,
    );
    const calendar = new WorkingCalendar(amendments.map(amendmentOfRow));
    const terms: TermRow[] = await queryRunner.query(`SELECT id, kind, starts_at FROM statutory_term`);
    for (const term of terms) {
      const rule = termRules[term.kind];
      if (!rule) continue;
      const counted = calendar.term({ start: new Date(term.starts_at), ...rule });
      await queryRunner.query(
        `UPDATE statutory_term SET skipped = $2::jsonb, provisional = $3 WHERE id = $1`,
        [term.id, JSON.stringify(counted.skipped), counted.provisional],
      );
    }

    await queryRunner.query(`
      UPDATE reglament r
         SET acts = jsonb_build_array(jsonb_build_object(
               'organizationId', sr.owner_id,
               'actNumber', r.act_number,
               'actDate', to_char(r.act_date, 'YYYY-MM-DD'),
               'approvedAt', to_char(r.approved_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
               'approvedBy', NULL))
        FROM standard s JOIN service_ref sr ON sr.id = s.service_id
       WHERE s.id = r.standard_id AND r.status = 'approved' AND r.act_number IS NOT NULL
         AND sr.owner_id IS NOT NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`UPDATE statutory_term SET status = 'missed' WHERE status = 'met_late'`);
  }
}
