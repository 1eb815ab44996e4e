import { z } from 'zod';

/**
 * The payload type a schema describes, without the `[key: string]: unknown` that loose objects add to their
 * inferred type: unknown fields are accepted at run time (see `defineEvent`), but code that reads or writes a
 * field the contract does not name still fails to compile.
 */
export type Known<T> = T extends readonly (infer Item)[]
  ? Known<Item>[]
  : T extends object
    ? { [K in keyof T as string extends K ? never : K]: Known<T[K]> }
    : T;

/** The payload type of a zod schema, as producers write it and consumers read it. */
export type PayloadOfSchema<S extends z.ZodType> = Known<z.output<S>>;

/** A JSON Schema (draft 2020-12) of an event payload. */
export type JsonSchema = Record<string, unknown>;

/** Everything the bus, the services and the AsyncAPI document know about one event type. */
export interface EventDefinition<TPayload = unknown, TType extends string = string> {
  /** Versioned type, `kz.gov.<context>.<aggregate>.<what happened>.v<N>`: the CloudEvents `type`. */
  readonly type: TType;
  /** Where events of this type are published: the topic of the aggregate kind. */
  readonly topic: string;
  /** The Kafka key and CloudEvents `subject` of an event with this payload: the aggregate id. */
  key(payload: TPayload): string;
  /** A realistic payload (the first of the JSON Schema's `examples`). */
  readonly example: TPayload;
  /** The one definition of the payload; the type, `validate` and `jsonSchema` all come from it. */
  readonly schema: z.ZodType;
  /** Readable problems of a payload (`path problem`), empty when valid. Unknown fields are accepted. */
  validate(data: unknown): string[];
  /** The payload's JSON Schema, for the AsyncAPI document and for consumers outside this repository. */
  jsonSchema(): JsonSchema;
}

/** A map from event type to its definition, typed by a payload map `{ [type]: Payload }`. */
export type EventCatalog<TPayloads extends object> = {
  readonly [K in keyof TPayloads & string]: EventDefinition<TPayloads[K], K>;
};

/** The payload type of a definition. */
export type PayloadOf<D> = D extends EventDefinition<infer P> ? P : never;

/**
 * Defines an event once: its versioned type, topic, key and payload schema. Build the schema from
 * `z.looseObject` (never `z.object` or `z.strictObject`) so that an older consumer accepts the optional fields
 * a producer adds within the version, and keep to the building blocks of `payload-fields.ts`.
 */
export function defineEvent<const TType extends string, S extends z.ZodType>(definition: {
  type: TType;
  topic: string;
  key: (payload: PayloadOfSchema<S>) => string;
  payload: S;
  /** What happened and what the subject is, for the AsyncAPI document. */
  description: string;
  /** A realistic payload, for the AsyncAPI document; the tests check it against the schema. */
  example: PayloadOfSchema<S>;
}): EventDefinition<PayloadOfSchema<S>, TType> {
  const { type, topic, key, payload, description, example } = definition;
  let jsonSchema: JsonSchema | undefined;
  return {
    type,
    topic,
    key,
    example,
    schema: payload,
    validate: (data) => problemsOf(payload, data),
    jsonSchema: () => {
      jsonSchema ??= {
        ...z.toJSONSchema(payload, { io: 'input', target: 'draft-2020-12' }),
        title: type,
        description,
        examples: [example],
      };
      return jsonSchema;
    },
  };
}

/** What `schema` finds wrong with `data`, each as `path problem` (`fee.amountKzt must be >= 1`). */
export function problemsOf(schema: z.ZodType, data: unknown): string[] {
  const result = schema.safeParse(data, { error: problemOf });
  return result.success ? [] : result.error.issues.map(describeIssue);
}

/** `a.b[0].c`: the path of a field as a reader of the payload writes it. */
function pathOf(path: readonly PropertyKey[]): string {
  return path.reduce<string>((text, part) => {
    if (typeof part === 'number') return `${text}[${part}]`;
    return text ? `${text}.${String(part)}` : String(part);
  }, '');
}

function describeIssue(issue: z.core.$ZodIssue): string {
  return `${pathOf(issue.path) || 'payload'} ${issue.message}`;
}

const typeNames: Record<string, string> = {
  string: 'a string',
  number: 'a number',
  int: 'an integer',
  boolean: 'a boolean',
  object: 'an object',
  array: 'an array',
  null: 'null',
};

function received(input: unknown): string {
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'an array';
  return typeof input === 'object' ? 'an object' : typeof input;
}

/**
 * The problem of one issue in words that follow the field's path (`seq must be >= 1`). A schema's own message
 * (`bin()`'s "must be a 12-digit BIN") takes precedence over this one.
 */
const problemOf: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'is required';
      return `must be ${typeNames[issue.expected] ?? issue.expected}, got ${received(issue.input)}`;
    case 'too_small':
      if (issue.origin === 'string') return `must have at least ${issue.minimum} character(s)`;
      if (issue.origin === 'array') return `must have at least ${issue.minimum} item(s)`;
      return `must be ${issue.inclusive === false ? '>' : '>='} ${issue.minimum}`;
    case 'too_big':
      if (issue.origin === 'string') return `must have at most ${issue.maximum} characters`;
      if (issue.origin === 'array') return `must have at most ${issue.maximum} items`;
      return `must be ${issue.inclusive === false ? '<' : '<='} ${issue.maximum}`;
    case 'invalid_value':
      return `must be one of ${issue.values.map(String).join(', ')}`;
    case 'invalid_format':
      if (issue.format === 'date') return 'must be a real date, YYYY-MM-DD';
      if (issue.format === 'datetime') return 'must be an RFC 3339 timestamp with a time zone';
      return `must be a ${issue.format}`;
    case 'custom':
    case 'invalid_element':
    case 'invalid_key':
    case 'invalid_union':
    case 'not_multiple_of':
    case 'unrecognized_keys':
      return undefined; // zod's own message, or the schema's
  }
};
