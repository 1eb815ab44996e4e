import type { ServiceConfig } from '@kzps/platform';
import type { Registry } from 'prom-client';
import type { EventConsumerOptions } from '../consumer/event-consumer';
import { parseBrokers, type KafkaClientOptions } from '../kafka/kafka-client';
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

/**
 * A service's messaging as its config states it (ServiceConfig's KAFKA_* variables), read one way in every
 * app: the brokers, and the topics it publishes to created with the configured partitions and replication.
 */
export function messagingOptionsFromConfig(
  serviceName: string,
  config: Pick<ServiceConfig, 'KAFKA_BROKERS' | 'KAFKA_TOPIC_PARTITIONS' | 'KAFKA_TOPIC_REPLICATION_FACTOR'>,
  topics: readonly string[],
): MessagingModuleOptions {
  return {
    serviceName,
    brokers: parseBrokers(config.KAFKA_BROKERS),
    replicationFactor: config.KAFKA_TOPIC_REPLICATION_FACTOR,
    topics: topics.map((name) => ({ name, partitions: config.KAFKA_TOPIC_PARTITIONS })),
  };
}
