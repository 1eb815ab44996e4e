import { Module, type DynamicModule } from '@nestjs/common';
import { AuthModule, authOptionsFromConfig } from '@kzps/auth';
import { CalendarStoreModule } from '@kzps/calendar-store';
import { Topics } from '@kzps/contracts';
import { DatabaseModule } from '@kzps/db';
import { MessagingModule, messagingOptionsFromConfig } from '@kzps/messaging';
import { PlatformModule, type Clock } from '@kzps/platform';
import { ComplaintsModule } from './complaints/complaints.module';
import type { ComplaintsConfig } from './config';
import { DemoModule } from './demo/demo.module';
import { entities } from './entities';
import { EventsModule } from './events/complaint-events';
import { SERVICE_NAME } from './events/service-name';
import { migrations } from './migrations';
import { ReadModelModule } from './read-model/read-model.module';
import { OpenStagesRecount } from './watcher/open-stages.recount';
import { WatcherModule } from './watcher/watcher.module';

export interface AppOverrides {
  /** Tests move time with their own clock instead of sleeping. */
  clock?: Clock;
}

@Module({})
export class AppModule {
  static forRoot(config: ComplaintsConfig, overrides: AppOverrides = {}): DynamicModule {
    return {
      module: AppModule,
      imports: [
        PlatformModule.forRoot({ service: SERVICE_NAME, config, clock: overrides.clock }),
        DatabaseModule.forRoot(() => ({ url: config.DATABASE_URL, entities, migrations })),
        MessagingModule.forRoot(messagingOptionsFromConfig(SERVICE_NAME, config, [Topics.complaints])),
        AuthModule.forRoot(authOptionsFromConfig(config)),
        // Every service keeps its own copy of the working-day calendar (docs/architecture.md D11); its changes
        // are applied with the recount of open terms (watcher/calendar-events.consumer.ts).
        CalendarStoreModule.forRoot({
          pollIntervalMs: config.CALENDAR_POLL_INTERVAL_MS,
          recountWith: OpenStagesRecount,
        }),
        EventsModule,
        ReadModelModule,
        ComplaintsModule,
        WatcherModule,
        DemoModule,
      ],
    };
  }
}
