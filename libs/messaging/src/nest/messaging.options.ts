import type { Registry } from 'prom-client';
import type { EventConsumerOptions } from '../consumer/event-consumer';
import type { KafkaClientOptions } from '../kafka/kafka-client';
import type { TopicSpec } from '../kafka/topics';
import type { OutboxRelayOptions } from '../outbox/outbox.relay';

export const MESSAGING_OPTIONS = Symbol('MESSAGING_OPTIONS');
export const MESSAGING_KAFKA = Symbol('MESSAGING_KAFKA');

export interface MessagingModuleOptions {
  /** The service name: consumer group, inbox consumer name, CloudEvents source, relay lock. */
  serviceName: string;
  brokers: string[];
  /**
   * Topics this service publishes to (and consumes), created at start with their `.dlq` twins if missing.
   * Consumed topics not listed here are created with `defaultPartitions`.
   */
  topics?: TopicSpec[];
  defaultPartitions?: number;
  /**
   * Replication factor of the topics this service creates (KAFKA_TOPIC_REPLICATION_FACTOR): 1 on the embedded
   * broker; on a cluster more than the brokers' min.insync.replicas, or acks=all writes fail.
   */
  replicationFactor?: number;
  kafka?: Omit<KafkaClientOptions, 'clientId' | 'brokers' | 'logger'>;
  /** `false`: this app never publishes (no relay). */
  relay?: false | Omit<OutboxRelayOptions, 'kafka' | 'dataSource' | 'serviceName' | 'metrics' | 'logger'>;
  consumer?:
    | false
    | Omit<
        EventConsumerOptions<object>,
        'kafka' | 'dataSource' | 'groupId' | 'metrics' | 'logger' | 'catalog'
      >;
  /** Defaults to the platform's per-app registry when PlatformModule is loaded, else prom-client's global one. */
  metricsRegistry?: Registry;
}
