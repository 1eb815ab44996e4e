import { Module, type DynamicModule } from '@nestjs/common';
import { AuthModule, authOptionsFromConfig } from '@kzps/auth';
import { CalendarStoreModule } from '@kzps/calendar-store';
import { Topics } from '@kzps/contracts';
import { DatabaseModule } from '@kzps/db';
import { MessagingModule, messagingOptionsFromConfig } from '@kzps/messaging';
import { PlatformModule, type Clock } from '@kzps/platform';
import { SignatureModule, type SignatureVerifierSettings } from '@kzps/signature';
import { ClocksModule } from './clocks/clocks.module';
import { OpenApplicationsRecount } from './clocks/open-applications.recount';
import type { ApplicationsConfig } from './config';
import { entities } from './entities';
import { SERVICE_NAME } from './events/service-name';
import { DemoModule } from './demo/demo.module';
import { EventsModule } from './events/events.module';
import { FeesModule } from './fees/fees.module';
import { IntakeModule } from './intake/intake.module';
import { LifecycleModule } from './lifecycle/lifecycle.module';
import { migrations } from './migrations';
import { QueueModule } from './queue/queue.module';
import { ReadModelModule } from './read-model/read-model.module';
import { ReadsModule } from './reads/reads.module';

export interface AppOverrides {
  /** Tests move time with their own clock instead of sleeping. */
  clock?: Clock;
}

/**
 * Intake writes an event per application, hundreds a second at a busy hour: the relay lets them gather 50 ms
 * (the library's default is 10), so that at 400 a second its fetch, its produce request and its update each
 * carry about twenty instead of four; an event reaches the broker at most that much later.
 */
const RELAY_LINGER_MS = 50;

@Module({})
export class AppModule {
  /** `signature`: how electronic requests' signatures are verified (Art. 15.2; libs/signature). */
  static forRoot(
    config: ApplicationsConfig,
    signature: SignatureVerifierSettings,
    overrides: AppOverrides = {},
  ): DynamicModule {
    return {
      module: AppModule,
      imports: [
        PlatformModule.forRoot({ service: SERVICE_NAME, config, clock: overrides.clock }),
        DatabaseModule.forRoot(() => ({ url: config.DATABASE_URL, entities, migrations })),
        MessagingModule.forRoot({
          ...messagingOptionsFromConfig(SERVICE_NAME, config, [Topics.applications]),
          relay: { lingerMs: RELAY_LINGER_MS },
        }),
        AuthModule.forRoot(authOptionsFromConfig(config)),
        // Every service keeps its own copy of the working-day calendar (docs/architecture.md D11); its changes
        // are applied with the recount of open terms (clocks/calendar-events.consumer.ts).
        CalendarStoreModule.forRoot({
          pollIntervalMs: config.CALENDAR_POLL_INTERVAL_MS,
          recountWith: OpenApplicationsRecount,
        }),
        ClocksModule,
        { ...SignatureModule.forRoot(signature), global: true },
        EventsModule,
        ReadModelModule,
        IntakeModule,
        LifecycleModule,
        FeesModule,
        QueueModule,
        ReadsModule,
        DemoModule,
      ],
    };
  }
}
