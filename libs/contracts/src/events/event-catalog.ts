import { applicationsEvents } from '../applications/applications.events';
import { complaintsEvents } from '../complaints/complaints.events';
import { monitoringEvents } from '../monitoring/monitoring.events';
import { registryEvents } from '../registry/registry.events';
import { standardsEvents } from '../standards/standards.events';
import type { EventDefinition, JsonSchema } from './event-definition';
import type { PayloadMapOf } from './event-catalog-of';

/**
 * Every event type of the system, by type. Each context adds its catalog here (`...registryEvents`); the
 * payload map and the type union follow from it.
 */
export const eventCatalog = {
  ...registryEvents,
  ...standardsEvents,
  ...applicationsEvents,
  ...complaintsEvents,
  ...monitoringEvents,
};

export type EventPayloadMap = PayloadMapOf<typeof eventCatalog>;
export type EventType = keyof EventPayloadMap & string;
export type EventPayload<T extends EventType> = EventPayloadMap[T];

export function isKnownEventType(type: string): type is EventType {
  return Object.prototype.hasOwnProperty.call(eventCatalog, type);
}

export function eventDefinitionOf(type: string): EventDefinition | undefined {
  return isKnownEventType(type) ? eventCatalog[type] : undefined;
}

/** One event type as a message of the AsyncAPI document: where it goes and its payload's JSON Schema. */
export interface EventSchema {
  type: EventType;
  topic: string;
  payload: JsonSchema;
}

/** Every event type with its topic and the JSON Schema of its payload, in catalogue order. */
export function eventJsonSchemas(): EventSchema[] {
  return Object.values(eventCatalog).map((definition: EventDefinition) => ({
    type: definition.type as EventType,
    topic: definition.topic,
    payload: definition.jsonSchema(),
  }));
}
