import type { EventDefinition, PayloadOf } from './event-definition';

/** A context's event definitions by a name of the code's choosing (`serviceIncluded`). */
export type NamedEvents = Readonly<Record<string, EventDefinition>>;

/** The same definitions keyed by their event type: what the outbox and the consumer look types up in. */
export type CatalogOf<G extends NamedEvents> = { readonly [N in keyof G as G[N]['type']]: G[N] };

/** `{ [type]: payload }` of a catalog. */
export type PayloadMapOf<C> = { [T in keyof C]: PayloadOf<C[T]> };

/** Keys the definitions by their type; a type defined twice is a mistake and fails at start-up. */
export function catalogOf<G extends NamedEvents>(events: G): CatalogOf<G> {
  const catalog: Record<string, EventDefinition> = {};
  for (const definition of Object.values(events)) {
    if (catalog[definition.type]) throw new Error(`event type ${definition.type} is defined twice`);
    catalog[definition.type] = definition;
  }
  return catalog as CatalogOf<G>;
}

/** The type strings by name, read from the definitions, so a type is written only in its definition. */
export function typesOf<G extends NamedEvents>(events: G): { readonly [N in keyof G]: G[N]['type'] } {
  return Object.fromEntries(Object.entries(events).map(([name, { type }]) => [name, type])) as {
    readonly [N in keyof G]: G[N]['type'];
  };
}
