import { Injectable } from '@nestjs/common';
import { endOfLocalDay, type WorkingCalendar } from '@kzps/calendar';
import type { OpenTermsRecount } from '@kzps/calendar-store';
import type { EntityManager } from 'typeorm';
import { lastExtensionDate } from '../complaints/registration';

interface OpenTerm {
  id: string;
  registeredAt: Date;
  termWorkingDays: number;
  extendedWorkingDays: number;
  dueDate: string;
}

/**
 * Counts every open stage's term again from its registration when the registry's calendar changes, with its
 * extensions, in the inbox transaction (docs/architecture.md D11): a day off decreed after registration moves
 * the complaint's due date and the last day to extend, once per change whichever replica consumes it.
 */
@Injectable()
export class OpenStagesRecount implements OpenTermsRecount {
  recountOpen(manager: EntityManager, calendar: WorkingCalendar): Promise<number> {
    return recountOpenStages(manager, calendar);
  }
}

async function recountOpenStages(manager: EntityManager, calendar: WorkingCalendar): Promise<number> {
  const open = await manager.query<OpenTerm[]>(
    `SELECT id, registered_at AS "registeredAt", term_working_days AS "termWorkingDays",
       extended_working_days AS "extendedWorkingDays", to_char(due_date, 'YYYY-MM-DD') AS "dueDate"
     FROM complaint_stage WHERE state = 'open' AND competent FOR UPDATE`,
  );
  let moved = 0;
  for (const stage of open) {
    const base = calendar.term({
      start: stage.registeredAt,
      amount: stage.termWorkingDays,
      unit: 'working_days',
    });
    const dueDate = calendar.addWorkingDays(base.dueDate, stage.extendedWorkingDays);
    if (dueDate === stage.dueDate) continue;
    const lastDay = lastExtensionDate(calendar, dueDate);
    await manager.query(
      `UPDATE complaint_stage SET due_date = $2, due_at = $3,
         extension_warned_at = CASE WHEN last_extension_date = $4 THEN extension_warned_at END,
         last_extension_date = $4
       WHERE id = $1`,
      [stage.id, dueDate, endOfLocalDay(dueDate), lastDay],
    );
    moved += 1;
  }
  return moved;
}
