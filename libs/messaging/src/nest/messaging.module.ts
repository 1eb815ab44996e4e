import {
  Logger,
  Module,
  type BeforeApplicationShutdown,
  type DynamicModule,
  type OnModuleInit,
} from '@nestjs/common';
import { DiscoveryModule, DiscoveryService, MetadataScanner } from '@nestjs/core';
import { currentRequestId, HealthRegistry, ServiceMetrics, traceHeadersOf } from '@kzps/platform';
import type { Kafka } from 'kafkajs';
import { DataSource } from 'typeorm';
import { EventConsumer } from '../consumer/event-consumer';
import { BrokerHealth } from '../kafka/broker-health';
import { createKafka } from '../kafka/kafka-client';
import { BrokerOffsetsProbe } from '../metrics/broker-offsets.probe';
import { MessagingMetrics } from '../metrics/messaging.metrics';
import { OutboxRelay } from '../outbox/outbox.relay';
import { MessagingLifecycle } from './messaging.lifecycle';
import { MESSAGING_KAFKA, MESSAGING_OPTIONS, type MessagingModuleOptions } from './messaging.options';
import { OutboxService } from './outbox.service';

/**
 * The broker's state in the health details and as a gauge. Readiness does not depend on it: while it is
 * down, writes keep succeeding into the outbox (whose lag is `messaging_outbox_lag_seconds`), and the relay
 * publishes them when it is back; taking every replica out of the load balancer would turn a broker outage
 * into a whole-API outage (issue 13, defect 6).
 */
class BrokerReadiness implements OnModuleInit, BeforeApplicationShutdown {
  constructor(
    private readonly broker: BrokerHealth,
    private readonly metrics: MessagingMetrics,
    private readonly health: HealthRegistry | undefined,
  ) {}

  onModuleInit(): void {
    this.health?.register('broker', () => this.check(), { required: false });
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.broker.close();
  }

  private async check(): Promise<void> {
    try {
      await this.broker.check();
      this.metrics.brokerUp.set(1);
    } catch (error) {
      this.metrics.brokerUp.set(0);
      throw error;
    }
  }
}

/** The group's lag and the dead-letter topics' sizes as gauges, read from the broker on scrape. */
class BrokerOffsetsGauges implements OnModuleInit, BeforeApplicationShutdown {
  constructor(
    private readonly probe: BrokerOffsetsProbe,
    private readonly metrics: MessagingMetrics,
  ) {}

  onModuleInit(): void {
    this.metrics.measureBrokerOffsetsWith(() => this.probe.read());
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.probe.close();
  }
}

/**
 * The event bus for one service: `OutboxService` to append events in a transaction, `EventConsumer` (or
 * `@OnEvent` methods) to handle them, the relay and the consumer started on bootstrap and stopped on
 * shutdown. Needs the service's TypeORM DataSource (DatabaseModule) with the messaging entities and
 * migration. The classes it wires are framework-free; this module only connects them to Nest.
 */
@Module({})
export class MessagingModule {
  static forRoot(options: MessagingModuleOptions): DynamicModule {
    return {
      module: MessagingModule,
      global: true,
      imports: [DiscoveryModule],
      providers: [
        { provide: MESSAGING_OPTIONS, useValue: options },
        {
          provide: MESSAGING_KAFKA,
          useFactory: (): Kafka =>
            createKafka({
              ...options.kafka,
              clientId: options.serviceName,
              brokers: options.brokers,
              logger: new Logger('kafkajs'),
            }),
        },
        {
          provide: MessagingMetrics,
          inject: [{ token: ServiceMetrics, optional: true }],
          useFactory: (serviceMetrics: ServiceMetrics | undefined) =>
            new MessagingMetrics(options.metricsRegistry ?? serviceMetrics?.registry),
        },
        {
          provide: OutboxService,
          useFactory: () =>
            new OutboxService({
              serviceName: options.serviceName,
              context: () => ({ requestId: currentRequestId(), ...traceHeadersOf() }),
            }),
        },
        {
          provide: EventConsumer,
          inject: [MESSAGING_KAFKA, DataSource, MessagingMetrics],
          useFactory: (kafka: Kafka, dataSource: DataSource, metrics: MessagingMetrics) =>
            new EventConsumer({
              ...(options.consumer || {}),
              kafka,
              dataSource,
              groupId: options.serviceName,
              metrics,
              logger: new Logger('EventConsumer'),
            }),
        },
        {
          provide: OutboxRelay,
          inject: [MESSAGING_KAFKA, DataSource, MessagingMetrics],
          useFactory: (kafka: Kafka, dataSource: DataSource, metrics: MessagingMetrics) =>
            options.relay === false
              ? undefined
              : new OutboxRelay({
                  ...options.relay,
                  kafka,
                  dataSource,
                  serviceName: options.serviceName,
                  metrics,
                  logger: new Logger('OutboxRelay'),
                }),
        },
        {
          provide: BrokerHealth,
          inject: [MESSAGING_KAFKA],
          useFactory: (kafka: Kafka) => new BrokerHealth(kafka),
        },
        {
          provide: BrokerReadiness,
          inject: [BrokerHealth, MessagingMetrics, { token: HealthRegistry, optional: true }],
          useFactory: (broker: BrokerHealth, metrics: MessagingMetrics, health: HealthRegistry | undefined) =>
            new BrokerReadiness(broker, metrics, health),
        },
        {
          provide: BrokerOffsetsGauges,
          inject: [MESSAGING_KAFKA, EventConsumer, MessagingMetrics],
          useFactory: (kafka: Kafka, consumer: EventConsumer, metrics: MessagingMetrics) =>
            new BrokerOffsetsGauges(
              new BrokerOffsetsProbe(kafka, { groupId: consumer.groupId, topics: () => consumer.topics() }),
              metrics,
            ),
        },
        {
          provide: MessagingLifecycle,
          inject: [MESSAGING_KAFKA, EventConsumer, OutboxRelay, DiscoveryService, MetadataScanner],
          useFactory: (
            kafka: Kafka,
            consumer: EventConsumer,
            relay: OutboxRelay | undefined,
            discovery: DiscoveryService,
            scanner: MetadataScanner,
          ) => new MessagingLifecycle(options, kafka, consumer, relay, discovery, scanner),
        },
      ],
      exports: [
        OutboxService,
        EventConsumer,
        BrokerHealth,
        MessagingMetrics,
        MessagingLifecycle,
        MESSAGING_KAFKA,
      ],
    };
  }
}
