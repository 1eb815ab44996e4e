import 'reflect-metadata';
import { Injectable, Module, type INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { RegistryEventTypes, Topics, type CalendarChangedV1, type EventEnvelope } from '@kzps/contracts';
import { HealthRegistry, PlatformModule } from '@kzps/platform';
import { createTestDatabase, eventually, type TestDatabase } from '@kzps/testing';
import type { RunningBroker } from '@kzps/kafka-lite';
import { logLevel } from 'kafkajs';
import { Registry } from 'prom-client';
import { DataSource, type EntityManager, type MigrationInterface, type QueryRunner } from 'typeorm';
import { BrokerHealth } from '../kafka/broker-health';
import { messagingEntities, messagingMigrations } from '../messaging.tables';
import { fastGroup, startQuietBroker } from '../test/messaging-test-kit';
import { MessagingLifecycle } from './messaging.lifecycle';
import { MessagingModule } from './messaging.module';
import { OnEvent } from './on-event.decorator';
import { OutboxService } from './outbox.service';

class CreateCalendarProjection1764028800001 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE calendar_year (year int PRIMARY KEY, non_working_days int NOT NULL)',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE calendar_year');
  }
}

/** Producer side: the state change and its event in one transaction. */
@Injectable()
class CalendarAdminService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxService,
  ) {}

  async publishYear(change: CalendarChangedV1): Promise<string> {
    return this.dataSource.transaction(async (manager) => {
      const event = await this.outbox.append(manager, {
        type: RegistryEventTypes.calendarChanged,
        subject: 'calendar',
        data: change,
      });
      return event.id;
    });
  }
}

/** Consumer side: a thin handler doing its write with the inbox transaction's manager. */
@Injectable()
class CalendarProjection {
  @OnEvent(RegistryEventTypes.calendarChanged)
  async onCalendarChanged(event: EventEnvelope<CalendarChangedV1>, manager: EntityManager): Promise<void> {
    await manager.query(
      `INSERT INTO calendar_year (year, non_working_days) VALUES ($1, $2)
       ON CONFLICT (year) DO UPDATE SET non_working_days = EXCLUDED.non_working_days`,
      [event.data.change.years[0], event.data.amendments.length],
    );
  }
}

class TestConfig {
  LOG_LEVEL = 'silent';
}

describe('MessagingModule', () => {
  let database: TestDatabase;
  let broker: RunningBroker;
  let app: INestApplicationContext;

  beforeAll(async () => {
    database = await createTestDatabase('messaging_module');
    broker = await startQuietBroker();
    @Module({
      imports: [
        PlatformModule.forRoot({ service: 'registry-test', config: new TestConfig() }),
        TypeOrmModule.forRoot({
          type: 'postgres',
          url: database.url,
          entities: messagingEntities,
          migrations: [...messagingMigrations, CreateCalendarProjection1764028800001],
          migrationsRun: true,
          synchronize: false,
          logging: ['error'],
        }),
        MessagingModule.forRoot({
          serviceName: 'registry-test',
          brokers: [broker.address],
          topics: [{ name: Topics.registryCalendar, partitions: 2 }],
          kafka: { logLevel: logLevel.NOTHING },
          relay: { pollIntervalMs: 60_000 },
          consumer: { ...fastGroup, maxAttempts: 2 },
          metricsRegistry: new Registry(),
        }),
      ],
      providers: [CalendarAdminService, CalendarProjection],
    })
    class TestAppModule {}
    app = await NestFactory.createApplicationContext(TestAppModule, { logger: false });
    await app.init();
    await app.get(MessagingLifecycle).whenStarted();
  });

  afterAll(async () => {
    await app?.close();
    await broker.stop();
    await database.drop();
  });

  it('delivers an appended event to the @OnEvent handler of the same app', async () => {
    const amendment = {
      kind: 'day_off',
      date: '2026-12-31',
      legalBasis: 'Decree',
      recordedAt: '2025-12-20T10:00:00Z',
    } as const;
    const eventId = await app.get(CalendarAdminService).publishYear({
      revision: 3,
      changedAt: '2025-12-20T10:00:00Z',
      change: { action: 'recorded', amendmentId: 'a-3', years: [2026] },
      amendments: [1, 2, 3].map((n) => ({ ...amendment, id: `a-${n}` })),
    });
    const dataSource = app.get(DataSource);
    const rows = await eventually(async () => {
      const found: Array<{ non_working_days: number }> = await dataSource.query(
        'SELECT non_working_days FROM calendar_year WHERE year = 2026',
      );
      return found.length > 0 ? found : undefined;
    }, 'the projection to be written');
    expect(rows).toEqual([{ non_working_days: 3 }]);
    const inbox: Array<{ consumer: string }> = await dataSource.query(
      'SELECT consumer FROM inbox_message WHERE event_id = $1',
      [eventId],
    );
    expect(inbox).toEqual([{ consumer: 'registry-test' }]);
  });

  it('reports the broker in readiness', async () => {
    expect(await app.get(BrokerHealth).isBrokerReady()).toBe(true);
    const report = await app.get(HealthRegistry).readiness();
    expect(report.checks.broker?.status).toBe('up');
  });
});
