import { Injectable } from '@nestjs/common';
import { CalendarError, WorkingCalendar } from '@kzps/calendar';
import type { CalendarChangedV1 } from '@kzps/contracts';
import { PermanentEventError } from '@kzps/messaging';
import type { EntityManager } from 'typeorm';
import { amendmentOf, rowValuesOf } from './amendment-mapping';
import { CalendarAmendmentRow, CalendarRevisionRow } from './calendar-amendment.entity';
import { CalendarStore } from './calendar-store';

/**
 * A consuming service's copy of the registry's calendar amendments. The event carries the whole state, so
 * applying it replaces the copy; an event older than the held revision (a redelivery, a replay) changes
 * nothing. Runs in the consumer's inbox transaction.
 */
@Injectable()
export class CalendarCopy {
  constructor(private readonly store: CalendarStore) {}

  /** The calendar after the change, or undefined when the copy already holds this revision or a newer one. */
  async apply(change: CalendarChangedV1, manager: EntityManager): Promise<WorkingCalendar | undefined> {
    // Locks the revision row: two replicas applying events at once take turns.
    const [held] = await manager.query<Array<{ revision: number }>>(
      `SELECT revision FROM calendar_revision WHERE id = 1 FOR UPDATE`,
    );
    if ((held?.revision ?? 0) >= change.revision) return undefined;
    const calendar = this.calendarOf(change);
    await manager.query(`DELETE FROM calendar_amendment`);
    if (change.amendments.length > 0) {
      await manager.insert(CalendarAmendmentRow, change.amendments.map(rowValuesOf));
    }
    await manager.update(
      CalendarRevisionRow,
      { id: 1 },
      { revision: change.revision, changedAt: new Date(change.changedAt) },
    );
    return calendar;
  }

  /**
   * Checked before anything is written. An amendment the library refuses will never apply, so the event
   * goes to the dead-letter topic at once instead of being retried.
   */
  private calendarOf(change: CalendarChangedV1): WorkingCalendar {
    try {
      return new WorkingCalendar(change.amendments.map(amendmentOf));
    } catch (error) {
      if (error instanceof CalendarError) {
        throw new PermanentEventError(`calendar revision ${change.revision} refused: ${error.message}`);
      }
      throw error;
    }
  }

  /** After the transaction commits, this replica counts with the new calendar at once. */
  refreshAfterCommit(): Promise<void> {
    return this.store.refresh();
  }
}
