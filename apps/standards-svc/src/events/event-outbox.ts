import type { EntityManager } from 'typeorm';
import type { StandardsEventPayloads, StandardsEventType } from '@kzps/contracts';

export interface OutgoingEvent<T extends StandardsEventType = StandardsEventType> {
  type: T;
  /** The aggregate id (the standard): the Kafka key, so one standard's events stay in order. */
  subject: string;
  data: StandardsEventPayloads[T];
}

/**
 * Writes an event in the caller's transaction (transactional outbox): the state change and its events
 * commit together, and a relay publishes them. Request code never talks to Kafka.
 */
export abstract class EventOutbox {
  abstract append<T extends StandardsEventType>(
    manager: EntityManager,
    event: OutgoingEvent<T>,
  ): Promise<void>;
}
