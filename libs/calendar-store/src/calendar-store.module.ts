import { Global, Module, type DynamicModule, type Type } from '@nestjs/common';
import { CalendarCopy } from './calendar-copy';
import { CALENDAR_RECOUNT, CalendarCopyConsumer, type OpenTermsRecount } from './calendar-copy.consumer';
import { CALENDAR_STORE_OPTIONS, CalendarStore, type CalendarStoreOptions } from './calendar-store';

export interface CalendarStoreModuleOptions extends Partial<CalendarStoreOptions> {
  /** Apply the registry's calendar.changed events to this service's copy. */
  consumeChanges?: boolean;
  /**
   * The service's provider that counts its open terms again, in the transaction that applies the change
   * (implies `consumeChanges`). Declared in any of the service's modules.
   */
  recountWith?: Type<OpenTermsRecount>;
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
        ...(options.consumeChanges || options.recountWith
          ? [CalendarCopyConsumer, { provide: CALENDAR_RECOUNT, useValue: options.recountWith ?? null }]
          : []),
      ],
      exports: [CalendarStore, CalendarCopy],
    };
  }
}
