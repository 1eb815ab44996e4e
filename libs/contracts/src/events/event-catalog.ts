import { applicationsEvents, type ApplicationsEventPayloads } from '../applications/applications.events';
import { registryEvents, type RegistryEventPayloads } from '../registry/registry.events';
import { standardsEvents, type StandardsEventPayloads } from '../standards/standards.events';
import type { EventCatalog, EventDefinition } from './event-definition';

/**
 * Every event type of the system and its payload type. Each context adds its payload map here
 * (`RegistryEventPayloads & StandardsEventPayloads & ...`) and its definitions to `eventCatalog` below.
 */
export type EventPayloadMap = RegistryEventPayloads & StandardsEventPayloads & ApplicationsEventPayloads;

export type EventType = keyof EventPayloadMap & string;
export type EventPayload<T extends EventType> = EventPayloadMap[T];

export const eventCatalog: EventCatalog<EventPayloadMap> = {
  ...registryEvents,
  ...standardsEvents,
  ...applicationsEvents,
};

export function isKnownEventType(type: string): type is EventType {
  return Object.prototype.hasOwnProperty.call(eventCatalog, type);
}

export function eventDefinitionOf(type: string): EventDefinition | undefined {
  return isKnownEventType(type) ? eventCatalog[type] : undefined;
}
