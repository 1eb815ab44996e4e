import { Inject, Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { WorkingCalendar } from '@kzps/calendar';
import { DataSource, IsNull, type EntityManager } from 'typeorm';
import { amendmentOfRow } from './amendment-mapping';
import { CalendarAmendmentRow, CalendarRevisionRow } from './calendar-amendment.entity';

export const CALENDAR_STORE_OPTIONS = Symbol('CALENDAR_STORE_OPTIONS');

export interface CalendarStoreOptions {
  /**
   * How often a replica checks whether another replica (or the registry) changed the calendar. One tiny
   * query; the replica that applies a change refreshes at once.
   */
  pollIntervalMs: number;
}

/**
 * The working-day calendar this service counts with: the library's built-in data plus the amendments in
 * this service's database. Every term of the service reads `current()`, so a recorded amendment applies
 * from the next computation on, with no deploy.
 */
@Injectable()
export class CalendarStore implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(CalendarStore.name);
  private calendar = new WorkingCalendar();
  private loadedRevision = -1;
  private timer?: NodeJS.Timeout;

  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(CALENDAR_STORE_OPTIONS) private readonly options: CalendarStoreOptions,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.refresh();
    this.timer = setInterval(() => {
      this.refresh().catch((error: unknown) => {
        this.logger.warn(
          `calendar refresh failed, keeping revision ${this.loadedRevision}: ${String(error)}`,
        );
      });
    }, this.options.pollIntervalMs);
    this.timer.unref();
  }

  onModuleDestroy(): void {
    clearInterval(this.timer);
  }

  current(): WorkingCalendar {
    return this.calendar;
  }

  revision(): number {
    return this.loadedRevision;
  }

  /** Reloads when the stored revision moved; cheap when it did not. */
  async refresh(): Promise<void> {
    const stored = await this.storedRevision(this.dataSource.manager);
    if (stored === this.loadedRevision) return;
    const calendar = await this.load(this.dataSource.manager);
    this.calendar = calendar;
    this.loadedRevision = stored;
    this.logger.log(`calendar revision ${stored} with ${calendar.amendments.length} amendment(s)`);
  }

  /** The calendar as a transaction sees it (e.g. to check an amendment against the latest state). */
  async load(manager: EntityManager): Promise<WorkingCalendar> {
    const rows = await manager.find(CalendarAmendmentRow, {
      where: { revokedAt: IsNull() },
      order: { recordedAt: 'ASC', id: 'ASC' },
    });
    return new WorkingCalendar(rows.map(amendmentOfRow));
  }

  async storedRevision(manager: EntityManager): Promise<number> {
    const row = await manager.findOne(CalendarRevisionRow, { where: { id: 1 } });
    return row?.revision ?? 0;
  }
}
