import { Module } from '@nestjs/common';
import { CalendarEventsConsumer } from './calendar-events.consumer';
import { DeadlineWatcher } from './deadline-watcher';

/** The terms over time: the deadline watcher and the recount of open terms when the calendar changes. */
@Module({ providers: [DeadlineWatcher, CalendarEventsConsumer], exports: [DeadlineWatcher] })
export class WatcherModule {}
