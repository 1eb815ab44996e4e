export {
  Topics,
  allTopics,
  DEAD_LETTER_SUFFIX,
  deadLetterTopicOf,
  isDeadLetterTopic,
  type TopicName,
} from './topics/topic-names';
export {
  CLOUDEVENTS_SPEC_VERSION,
  JSON_CONTENT_TYPE,
  EventHeaders,
  DeadLetterHeaders,
  validateEnvelopeAttributes,
  type EventEnvelope,
} from './events/event-envelope';
export { defineEvent, type EventDefinition, type EventCatalog } from './events/event-definition';
export {
  eventCatalog,
  isKnownEventType,
  eventDefinitionOf,
  type EventPayloadMap,
  type EventType,
  type EventPayload,
} from './events/event-catalog';
export {
  arrayOf,
  bin,
  bool,
  id,
  int,
  isoDate,
  isoDateTime,
  nullable,
  objectOf,
  oneOf,
  optional,
  payload,
  str,
  type PayloadValidator,
  type Rule,
  type Shape,
  type StringRuleOptions,
} from './validation/rules';
export {
  RegistryEventTypes,
  registryEvents,
  type RegistryEventPayloads,
  type OrganizationUpsertedV1,
  type ServiceEntryV1,
  type ServiceIncludedV1,
  type ServiceAmendedV1,
  type ServiceExcludedV1,
  type BilingualTextV1,
  type DecreeV1,
} from './registry/registry.events';
export {
  calendarChangedEvent,
  calendarAmendmentKinds,
  CALENDAR_SUBJECT,
  type CalendarAmendmentKind,
  type CalendarAmendmentV1,
  type CalendarChangedV1,
} from './registry/calendar.events';
export {
  organizationKinds,
  serviceChannels,
  recipientTypes,
  deliveryForms,
  deliveryChannels,
  type OrganizationKind,
  type ServiceChannel,
  type RecipientType,
  type DeliveryForm,
  type DeliveryChannel,
} from './registry/registry.enums';
export {
  StandardsEventTypes,
  standardsEvents,
  type StandardsEventType,
  type DiscussionOpenedV1,
  type DiscussionCompletedV1,
  type StandardInForceV1,
  type StandardAmendedV1,
  type StandardCancelledV1,
  type ReglamentApprovedV1,
  type TermMissedV1,
  type StandardsEventPayloads,
} from './standards/standards.events';
