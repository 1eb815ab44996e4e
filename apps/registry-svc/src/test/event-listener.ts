import { randomUUID } from 'node:crypto';
import { eventually } from '@kzps/testing';
import { Kafka, logLevel, type Consumer } from 'kafkajs';

export interface ReceivedEvent {
  headers: Record<string, string>;
  key: string;
  value: Record<string, unknown>;
  /** The record as it travelled, to check what it must never contain. */
  raw: string;
}

export interface EventListener {
  /** The first event of this type keyed by the subject; waits for it up to 20 s. */
  eventFor(subject: string, type: string): Promise<ReceivedEvent>;
  /** Every event of this type keyed by the subject received so far. */
  eventsFor(subject: string, type: string): ReceivedEvent[];
  close(): Promise<void>;
}

/** A consumer of its own group on the run's real broker, reading the topics from the beginning. */
export async function listenTo(topics: string[]): Promise<EventListener> {
  const kafka = new Kafka({
    clientId: 'registry-test-listener',
    brokers: (process.env.KAFKA_BROKERS ?? '').split(','),
    logLevel: logLevel.NOTHING,
  });
  const consumer: Consumer = kafka.consumer({
    groupId: `registry-test-${randomUUID()}`,
    sessionTimeout: 6_000,
    heartbeatInterval: 500,
  });
  const received: ReceivedEvent[] = [];
  await consumer.connect();
  await consumer.subscribe({ topics, fromBeginning: true });
  await consumer.run({
    eachMessage: async ({ message }) => {
      const headers = Object.fromEntries(
        Object.entries(message.headers ?? {}).map(([name, value]) => [name, String(value)]),
      );
      const raw = String(message.value);
      received.push({
        headers,
        key: String(message.key),
        value: JSON.parse(raw) as Record<string, unknown>,
        raw: `${JSON.stringify(headers)} ${raw}`,
      });
      await Promise.resolve();
    },
  });
  const eventsFor = (subject: string, type: string) =>
    received.filter((event) => event.key === subject && event.headers.ce_type === type);
  return {
    eventsFor,
    eventFor: (subject, type) =>
      eventually(() => eventsFor(subject, type)[0], `a ${type} event for ${subject}`),
    close: () => consumer.disconnect(),
  };
}
