import { Kafka, logLevel, type KafkaConfig, type logCreator } from 'kafkajs';
import type { MessagingLogger } from '../support/messaging-logger';

export interface KafkaClientOptions {
  clientId: string;
  brokers: string[];
  ssl?: KafkaConfig['ssl'];
  sasl?: KafkaConfig['sasl'];
  connectionTimeout?: number;
  requestTimeout?: number;
  /** kafkajs' own chatter; WARN by default, NOTHING in tests. */
  logLevel?: logLevel;
  logger?: MessagingLogger;
}

function forwardTo(logger: MessagingLogger): logCreator {
  return () =>
    ({ level, log }) => {
      const text = `kafkajs ${log.message}${log.broker ? ` (${String(log.broker)})` : ''}`;
      if (level === logLevel.ERROR) logger.error(text);
      else if (level === logLevel.WARN) logger.warn(text);
      else logger.log(text);
    };
}

export function createKafka(options: KafkaClientOptions): Kafka {
  return new Kafka({
    clientId: options.clientId,
    brokers: options.brokers,
    ssl: options.ssl,
    sasl: options.sasl,
    connectionTimeout: options.connectionTimeout ?? 3_000,
    requestTimeout: options.requestTimeout ?? 30_000,
    logLevel: options.logLevel ?? logLevel.WARN,
    ...(options.logger ? { logCreator: forwardTo(options.logger) } : {}),
    // Our own loops (relay, consumer) retry with backoff; kafkajs only smooths over short blips.
    retry: { retries: 3, initialRetryTime: 100, maxRetryTime: 2_000 },
  });
}

/** `host:port,host:port` as found in KAFKA_BROKERS. */
export function parseBrokers(list: string): string[] {
  return list
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry.length > 0);
}
