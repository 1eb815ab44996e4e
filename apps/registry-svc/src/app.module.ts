import { Module, type DynamicModule } from '@nestjs/common';
import { AuthModule, authOptionsFromConfig } from '@kzps/auth';
import { CalendarStoreModule } from '@kzps/calendar-store';
import { Topics } from '@kzps/contracts';
import { DatabaseModule } from '@kzps/db';
import { MessagingModule, messagingOptionsFromConfig } from '@kzps/messaging';
import { PlatformModule, type Clock } from '@kzps/platform';
import { CalendarModule } from './calendar/calendar.module';
import { ClassifierModule } from './classifier/classifier.module';
import type { RegistryConfig } from './config';
import { entities } from './entities';
import { ExchangeModule } from './exchange/exchange.module';
import { migrations } from './migrations';
import { OrganizationsModule } from './organizations/organizations.module';
import { SeedModule } from './seed/seed.module';
import { ServicesModule } from './services/services.module';

export interface AppOverrides {
  /** Tests move time with their own clock instead of sleeping. */
  clock?: Clock;
}

@Module({})
export class AppModule {
  static forRoot(config: RegistryConfig, overrides: AppOverrides = {}): DynamicModule {
    return {
      module: AppModule,
      imports: [
        PlatformModule.forRoot({ service: 'registry-svc', config, clock: overrides.clock }),
        DatabaseModule.forRoot(() => ({ url: config.DATABASE_URL, entities, migrations })),
        MessagingModule.forRoot(
          messagingOptionsFromConfig('registry-svc', config, [
            Topics.registryOrganizations,
            Topics.registryServices,
            Topics.registryCalendar,
          ]),
        ),
        AuthModule.forRoot(authOptionsFromConfig(config)),
        OrganizationsModule,
        ClassifierModule,
        ServicesModule,
        ExchangeModule,
        CalendarStoreModule.forRoot({ pollIntervalMs: config.CALENDAR_POLL_INTERVAL_MS }),
        CalendarModule,
        SeedModule,
      ],
    };
  }
}
