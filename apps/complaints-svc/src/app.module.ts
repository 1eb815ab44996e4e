import { Module, type DynamicModule } from '@nestjs/common';
import { AuthModule, authOptionsFromConfig } from '@kzps/auth';
import { CalendarStoreModule } from '@kzps/calendar-store';
import { Topics } from '@kzps/contracts';
import { DatabaseModule } from '@kzps/db';
import { MessagingModule, parseBrokers } from '@kzps/messaging';
import { PlatformModule } from '@kzps/platform';
import type { ComplaintsConfig } from './config';
import { entities } from './entities';
import { migrations } from './migrations';

@Module({})
export class AppModule {
  static forRoot(config: ComplaintsConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        PlatformModule.forRoot({ service: 'complaints-svc', config }),
        DatabaseModule.forRoot(() => ({ url: config.DATABASE_URL, entities, migrations })),
        MessagingModule.forRoot({
          serviceName: 'complaints-svc',
          brokers: parseBrokers(config.KAFKA_BROKERS),
          replicationFactor: config.KAFKA_TOPIC_REPLICATION_FACTOR,
          topics: [{ name: Topics.complaints, partitions: config.KAFKA_TOPIC_PARTITIONS }],
        }),
        AuthModule.forRoot(authOptionsFromConfig(config)),
        // Every service keeps its own copy of the working-day calendar (docs/architecture.md D11).
        CalendarStoreModule.forRoot({ consumeChanges: true }),
      ],
    };
  }
}
