// Core (framework-free)
export {
  OutboxWriter,
  outboxInsert,
  InvalidEventError,
  type NewEvent,
  type EventContext,
  type OutboxWriterOptions,
} from './outbox/outbox.writer';
export { OutboxRelay, type OutboxRelayOptions } from './outbox/outbox.relay';
export {
  EventConsumer,
  PermanentEventError,
  type EventHandler,
  type EventConsumerOptions,
} from './consumer/event-consumer';
export { replayDeadLetters, type ReplayOptions, type ReplayResult } from './dead-letter/replay-dead-letters';
export { deadLetterMessage, restoredMessage, type DeadLetterCause } from './dead-letter/dead-letter';
export {
  toKafkaRecord,
  fromKafkaMessage,
  envelopeHeaders,
  headerText,
  headersAsText,
  type KafkaRecord,
  type DecodeResult,
} from './envelope/kafka-record.codec';
export { createKafka, parseBrokers, type KafkaClientOptions } from './kafka/kafka-client';
export { ensureTopics, type TopicSpec } from './kafka/topics';
export { BrokerHealth } from './kafka/broker-health';
export { MessagingMetrics } from './metrics/messaging.metrics';
export {
  BrokerOffsetsProbe,
  type BrokerOffsets,
  type BrokerOffsetsProbeOptions,
  type DeadLetterCount,
  type PartitionLag,
} from './metrics/broker-offsets.probe';
export type { BackoffOptions } from './support/backoff';
export type { MessagingLogger } from './support/messaging-logger';
// Tables
export { OutboxMessage } from './outbox/outbox-message.entity';
export { InboxMessage } from './inbox/inbox-message.entity';
export {
  CreateMessagingTables1764028800000,
  OUTBOX_NOTIFY_CHANNEL,
} from './migrations/1764028800000-create-messaging-tables.migration';
export { messagingEntities, messagingMigrations } from './messaging.tables';
// Nest
export { MessagingModule } from './nest/messaging.module';
export { MessagingLifecycle } from './nest/messaging.lifecycle';
export { OutboxService } from './nest/outbox.service';
export { OnEvent, ON_EVENT_METADATA } from './nest/on-event.decorator';
export {
  MESSAGING_OPTIONS,
  MESSAGING_KAFKA,
  messagingOptionsFromConfig,
  type MessagingModuleOptions,
} from './nest/messaging.options';
