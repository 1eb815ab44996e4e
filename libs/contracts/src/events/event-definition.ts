import type { PayloadValidator } from '../validation/rules';

/** What the bus needs to know about one event type. `TPayload` is carried for typing only. */
export interface EventDefinition<TPayload = unknown, TType extends string = string> {
  type: TType;
  /** Where events of this type are published: the topic of the aggregate kind. */
  topic: string;
  /** Problems of a payload; empty when valid. Unknown fields are accepted (forward compatibility). */
  validate: PayloadValidator;
  /** Phantom field binding the payload type to the definition; never set at run time. */
  readonly __payload?: TPayload;
}

/** A map from event type to its definition, typed by a payload map `{ [type]: Payload }`. */
export type EventCatalog<TPayloads extends object> = {
  readonly [K in keyof TPayloads & string]: EventDefinition<TPayloads[K]>;
};

export function defineEvent<TPayload, TType extends string = string>(definition: {
  type: TType;
  topic: string;
  validate: PayloadValidator;
}): EventDefinition<TPayload, TType> {
  return definition;
}
