import { Module, type DynamicModule } from '@nestjs/common';
import { CalendarStoreModule } from '@kzps/calendar-store';
import { Topics } from '@kzps/contracts';
import { DatabaseModule } from '@kzps/db';
import { MessagingModule, parseBrokers } from '@kzps/messaging';
import { PlatformModule } from '@kzps/platform';
import type { ApplicationsConfig } from './config';
import { entities } from './entities';
import { migrations } from './migrations';

@Module({})
export class AppModule {
  static forRoot(config: ApplicationsConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        PlatformModule.forRoot({ service: 'applications-svc', config }),
        DatabaseModule.forRoot(() => ({ url: config.DATABASE_URL, entities, migrations })),
        MessagingModule.forRoot({
          serviceName: 'applications-svc',
          brokers: parseBrokers(config.KAFKA_BROKERS),
          topics: [{ name: Topics.applications, partitions: config.KAFKA_TOPIC_PARTITIONS }],
        }),
        // Every service keeps its own copy of the working-day calendar (docs/architecture.md D11).
        CalendarStoreModule.forRoot({ consumeChanges: true }),
      ],
    };
  }
}
