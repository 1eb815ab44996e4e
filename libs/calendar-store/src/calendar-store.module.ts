import { Global, Module, type DynamicModule } from '@nestjs/common';
import { CalendarCopy } from './calendar-copy';
import { CALENDAR_STORE_OPTIONS, CalendarStore, type CalendarStoreOptions } from './calendar-store';

/** Provides CalendarStore (and CalendarCopy for consumers); needs the service's DataSource. */
@Global()
@Module({})
export class CalendarStoreModule {
  static forRoot(options: Partial<CalendarStoreOptions> = {}): DynamicModule {
    return {
      module: CalendarStoreModule,
      providers: [
        { provide: CALENDAR_STORE_OPTIONS, useValue: { pollIntervalMs: options.pollIntervalMs ?? 2_000 } },
        CalendarStore,
        CalendarCopy,
      ],
      exports: [CalendarStore, CalendarCopy],
    };
  }
}
