import { Global, Module } from '@nestjs/common';
import { ApplicationTerms } from './application-terms';
import { CalendarEventsConsumer } from './calendar-events.consumer';
import { DeadlineWatcher } from './deadline-watcher';

/**
 * The terms of applications on the shared calendar, their recount when the calendar changes, and their
 * watcher (the clock is PlatformModule's).
 */
@Global()
@Module({
  providers: [ApplicationTerms, CalendarEventsConsumer, DeadlineWatcher],
  exports: [ApplicationTerms, DeadlineWatcher],
})
export class ClocksModule {}
