import { Global, Module } from '@nestjs/common';
import { ApplicationTerms } from './application-terms';
import { DeadlineWatcher } from './deadline-watcher';
import { OpenApplicationsRecount } from './open-applications.recount';

/**
 * The terms of applications on the shared calendar, their recount when the calendar changes, and their
 * watcher (the clock is PlatformModule's).
 */
@Global()
@Module({
  providers: [ApplicationTerms, OpenApplicationsRecount, DeadlineWatcher],
  exports: [ApplicationTerms, DeadlineWatcher],
})
export class ClocksModule {}
