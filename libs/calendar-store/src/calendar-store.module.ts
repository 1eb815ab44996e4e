import { Global, Module, type DynamicModule } from '@nestjs/common';
import { CalendarCopy } from './calendar-copy';
import { CalendarCopyConsumer } from './calendar-copy.consumer';
import { CALENDAR_STORE_OPTIONS, CalendarStore, type CalendarStoreOptions } from './calendar-store';

export interface CalendarStoreModuleOptions extends Partial<CalendarStoreOptions> {
  /**
   * Apply the registry's calendar.changed events to this service's copy with the plain consumer. A service
   * that must recount its own terms in the same transaction leaves this off and handles the event itself.
   */
  consumeChanges?: boolean;
}

/** Provides CalendarStore (and CalendarCopy for consumers); needs the service's DataSource and messaging. */
@Global()
@Module({})
export class CalendarStoreModule {
  static forRoot(options: CalendarStoreModuleOptions = {}): DynamicModule {
    return {
      module: CalendarStoreModule,
      providers: [
        { provide: CALENDAR_STORE_OPTIONS, useValue: { pollIntervalMs: options.pollIntervalMs ?? 2_000 } },
        CalendarStore,
        CalendarCopy,
        ...(options.consumeChanges ? [CalendarCopyConsumer] : []),
      ],
      exports: [CalendarStore, CalendarCopy],
    };
  }
}
