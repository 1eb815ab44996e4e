import { Global, Module, type DynamicModule } from '@nestjs/common';
import { Clock, SystemClock } from './clock';
import { DeadlineWatcher } from './deadline-watcher';
import { KazakhstanTermCalendar } from './kazakhstan-term-calendar';
import { TermCalendar } from './term-calendar';
import { TermsService } from './terms.service';

/** Time for the whole app: the clock, the calendar's term arithmetic, the statutory terms and their watcher. */
@Global()
@Module({})
export class ClocksModule {
  static forRoot(options: { clock?: Clock; termCalendar?: TermCalendar } = {}): DynamicModule {
    return {
      module: ClocksModule,
      providers: [
        options.clock
          ? { provide: Clock, useValue: options.clock }
          : { provide: Clock, useClass: SystemClock },
        options.termCalendar
          ? { provide: TermCalendar, useValue: options.termCalendar }
          : { provide: TermCalendar, useClass: KazakhstanTermCalendar },
        TermsService,
        DeadlineWatcher,
      ],
      exports: [Clock, TermCalendar, TermsService, DeadlineWatcher],
    };
  }
}
