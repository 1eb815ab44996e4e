import { Module, type DynamicModule } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { AuthModule, authOptionsFromConfig } from '@kzps/auth';
import { CalendarStoreModule } from '@kzps/calendar-store';
import { Topics } from '@kzps/contracts';
import { DatabaseModule } from '@kzps/db';
import { MessagingModule, messagingOptionsFromConfig } from '@kzps/messaging';
import { type Clock, PlatformModule } from '@kzps/platform';
import { AgreementModule } from './agreement/agreement.module';
import { CalendarProblemInterceptor } from './common/calendar-problem.interceptor';
import { ClocksModule } from './clocks/clocks.module';
import { StatutoryTermsRecount } from './clocks/statutory-terms.recount';
import type { StandardsConfig } from './config';
import { DiscussionModule } from './discussion/discussion.module';
import { entities } from './entities';
import { EventsModule } from './events/events.module';
import { SERVICE_NAME } from './events/outbox-event-outbox';
import { migrations } from './migrations';
import { InformationModule } from './information/information.module';
import { ReadModelModule } from './read-model/read-model.module';
import { RecommendationsModule } from './recommendations/recommendations.module';
import { RegistryConsumerModule } from './read-model/registry-consumer.module';
import { RegistrationModule } from './registration/registration.module';
import { ReglamentModule } from './reglament/reglament.module';
import { TransitionModule } from './transition/transition.module';
import { StandardsModule } from './standards/standards.module';

export interface AppOverrides {
  /** Tests move time with their own clock instead of sleeping. */
  clock?: Clock;
}

@Module({})
export class AppModule {
  static forRoot(config: StandardsConfig, overrides: AppOverrides = {}): DynamicModule {
    return {
      module: AppModule,
      imports: [
        PlatformModule.forRoot({ service: SERVICE_NAME, config, clock: overrides.clock }),
        DatabaseModule.forRoot(() => ({ url: config.DATABASE_URL, entities, migrations })),
        MessagingModule.forRoot(messagingOptionsFromConfig(SERVICE_NAME, config, [Topics.standards])),
        AuthModule.forRoot(authOptionsFromConfig(config)),
        CalendarStoreModule.forRoot({
          pollIntervalMs: config.CALENDAR_POLL_INTERVAL_MS,
          recountWith: StatutoryTermsRecount,
        }),
        ClocksModule,
        EventsModule,
        ReadModelModule,
        StandardsModule,
        DiscussionModule,
        AgreementModule,
        RegistrationModule,
        ReglamentModule,
        RecommendationsModule,
        InformationModule,
        RegistryConsumerModule,
        TransitionModule,
      ],
      providers: [{ provide: APP_INTERCEPTOR, useClass: CalendarProblemInterceptor }],
    };
  }
}
