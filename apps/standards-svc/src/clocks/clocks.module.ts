import { Global, Module } from '@nestjs/common';
import { CalendarStore } from '@kzps/calendar-store';
import { DeadlineWatcher } from './deadline-watcher';
import { KazakhstanTermCalendar } from './kazakhstan-term-calendar';
import { StatutoryTermsRecount } from './statutory-terms.recount';
import { TermCalendar } from './term-calendar';
import { TermsService } from './terms.service';
import { TransitionPolicy } from './transition-policy';

/**
 * Term arithmetic for the whole app on the shared calendar (this service's copy, kept by the registry's
 * calendar events), the statutory terms and their watcher. The clock is the platform's (`Clock`).
 */
@Global()
@Module({
  providers: [
    {
      provide: TermCalendar,
      useFactory: (store: CalendarStore) => new KazakhstanTermCalendar(() => store.current()),
      inject: [CalendarStore],
    },
    TermsService,
    TransitionPolicy,
    DeadlineWatcher,
    StatutoryTermsRecount,
  ],
  exports: [TermCalendar, TermsService, TransitionPolicy, DeadlineWatcher],
})
export class ClocksModule {}
