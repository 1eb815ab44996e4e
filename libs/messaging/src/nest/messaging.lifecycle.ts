import { Logger, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import type { DiscoveryService, MetadataScanner } from '@nestjs/core';
import type { EventType } from '@kzps/contracts';
import type { Kafka } from 'kafkajs';
import type { EventConsumer, EventHandler } from '../consumer/event-consumer';
import { ensureTopics, type TopicSpec } from '../kafka/topics';
import type { OutboxRelay } from '../outbox/outbox.relay';
import { backoffDelay, errorMessage, sleep } from '../support/backoff';
import { eventTypesOf } from './on-event.decorator';
import type { MessagingModuleOptions } from './messaging.options';

/**
 * Starts the bus once the app is built and stops it before the database closes. Start-up does not block
 * the app: while the broker is unreachable the app serves (readiness says "broker down") and keeps trying.
 */
export class MessagingLifecycle implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('Messaging');
  private readonly abort = new AbortController();
  private starting?: Promise<void>;

  constructor(
    private readonly options: MessagingModuleOptions,
    private readonly kafka: Kafka,
    private readonly consumer: EventConsumer,
    private readonly relay: OutboxRelay | undefined,
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
  ) {}

  onApplicationBootstrap(): void {
    this.registerDecoratedHandlers();
    this.starting = this.startWhenBrokerIsUp();
  }

  /** Resolves once topics exist, the relay runs and the consumer joined its group (tests, tooling). */
  async whenStarted(): Promise<void> {
    await this.starting;
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.abort.abort();
    await this.starting;
    await this.relay?.stop();
    await this.consumer.stop();
  }

  private registerDecoratedHandlers(): void {
    for (const wrapper of this.discovery.getProviders()) {
      const instance: unknown = wrapper.instance;
      if (!instance || typeof instance !== 'object' || wrapper.isNotMetatype) continue;
      const prototype: object | null = Object.getPrototypeOf(instance);
      if (!prototype) continue;
      for (const name of this.scanner.getAllMethodNames(prototype)) {
        const method: unknown = (instance as Record<string, unknown>)[name];
        for (const type of eventTypesOf(method)) {
          const handler = (method as EventHandler).bind(instance) as EventHandler;
          this.consumer.handle(type as EventType, handler as never);
          this.logger.log(`${wrapper.name}.${name} handles ${type}`);
        }
      }
    }
  }

  private async startWhenBrokerIsUp(): Promise<void> {
    const signal = this.abort.signal;
    const topics = this.topicsToCreate();
    let failures = 0;
    for (;;) {
      if (signal.aborted) return;
      try {
        await ensureTopics(this.kafka, topics);
        this.relay?.start();
        await this.consumer.start();
        this.logger.log(`event bus started (${topics.length} topics, group ${this.consumer.groupId})`);
        return;
      } catch (error) {
        failures += 1;
        await this.consumer.stop().catch(() => undefined);
        if (failures === 1 || failures % 10 === 0) {
          this.logger.warn(`event bus not started yet (attempt ${failures}): ${errorMessage(error)}`);
        }
        await sleep(backoffDelay(failures, { initialMs: 500, maxMs: 10_000 }), signal);
      }
    }
  }

  private topicsToCreate(): TopicSpec[] {
    const replicationFactor = this.options.replicationFactor;
    const declared = this.options.topics ?? [];
    const names = new Set(declared.map((topic) => topic.name));
    const consumed = this.consumer
      .topics()
      .filter((name) => !names.has(name))
      .map((name) => ({ name, partitions: this.options.defaultPartitions ?? 3 }));
    return [...declared, ...consumed].map((topic) => ({ replicationFactor, ...topic }));
  }
}
