import 'reflect-metadata';
import type { EventPayload, EventType } from '@kzps/contracts';
import type { EventHandler } from '../consumer/event-consumer';

export const ON_EVENT_METADATA = 'kzps:messaging:on-event';

/**
 * Marks a provider method as the handler of an event type. The method gets the envelope and the
 * EntityManager of the transaction that also records the event in the inbox; it does its writes with it.
 *
 *   @OnEvent(RegistryEventTypes.serviceIncluded)
 *   async onIncluded(event: EventEnvelope<ServiceIncludedV1>, manager: EntityManager): Promise<void> {...}
 */
export function OnEvent<T extends EventType>(type: T) {
  return <F extends EventHandler<EventPayload<T>, T>>(
    _target: object,
    _key: string | symbol,
    descriptor: TypedPropertyDescriptor<F>,
  ): void => {
    const method = descriptor.value;
    if (!method) throw new Error(`@OnEvent(${type}) must decorate a method`);
    const types: string[] = Reflect.getMetadata(ON_EVENT_METADATA, method) ?? [];
    Reflect.defineMetadata(ON_EVENT_METADATA, [...types, type], method);
  };
}

export function eventTypesOf(method: unknown): string[] {
  if (typeof method !== 'function') return [];
  const types: unknown = Reflect.getMetadata(ON_EVENT_METADATA, method);
  return Array.isArray(types) ? types.filter((type): type is string => typeof type === 'string') : [];
}
