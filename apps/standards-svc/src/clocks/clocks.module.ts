import { Global, Module, type DynamicModule } from '@nestjs/common';
import { CalendarStore } from '@kzps/calendar-store';
import { CalendarEventsConsumer } from './calendar-events.consumer';
import { Clock, SystemClock } from './clock';
import { DeadlineWatcher } from './deadline-watcher';
import { KazakhstanTermCalendar } from './kazakhstan-term-calendar';
import { TermCalendar } from './term-calendar';
import { TermsService } from './terms.service';

/**
 * Time for the whole app: the clock, term arithmetic on the shared calendar (this service's copy, kept by
 * the registry's calendar events), the statutory terms and their watcher.
 */
@Global()
@Module({})
export class ClocksModule {
  static forRoot(options: { clock?: Clock } = {}): DynamicModule {
    return {
      module: ClocksModule,
      providers: [
        options.clock
          ? { provide: Clock, useValue: options.clock }
          : { provide: Clock, useClass: SystemClock },
        {
          provide: TermCalendar,
          useFactory: (store: CalendarStore) => new KazakhstanTermCalendar(() => store.current()),
          inject: [CalendarStore],
        },
        TermsService,
        DeadlineWatcher,
        CalendarEventsConsumer,
      ],
      exports: [Clock, TermCalendar, TermsService, DeadlineWatcher],
    };
  }
}
