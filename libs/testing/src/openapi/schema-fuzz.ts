import fc from 'fast-check';
import { exampleRequests, type ParameterValues } from './example-requests';
import {
  resolveRef,
  type DocumentedOperation,
  type OpenApiDocument,
  type SchemaNode,
} from './openapi-document';

/**
 * Issue 20: requests generated from an operation's own OpenAPI schemas, starting from its example (a body the
 * service takes) and changing one thing at a time, so each request probes one rule and a refusal cannot hide
 * behind another. A change the schema forbids (a wrong type, a value beyond an enum, a string over its
 * `maxLength`, a number outside its bounds, a required field missing, an unknown field, a malformed uuid, an
 * impossible date) is `refused`: the service must answer 4xx. A change the schema allows (every enum value, a
 * boundary length or number, another date, an optional field left out or added) may be taken or refused, but
 * never with a 5xx.
 */
export interface GeneratedRequest {
  /** `POST /api/v1/…: body.field <what was changed>`. */
  name: string;
  /** True when the schema forbids the change: any answer but a 4xx is a defect. */
  refused: boolean;
  method: string;
  url: string;
  headers: Record<string, string>;
  contentType?: string;
  payload?: string;
}

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/** The field is left out of its object (or its array). */
const ABSENT = Symbol('absent');
type Replacement = Json | typeof ABSENT;

interface Change {
  what: string;
  refused: boolean;
  value: Replacement;
}

const DATE = /^\d{4}-\d{2}-\d{2}/;
const UNKNOWN_KEYS = ['unexpectedField', 'isAdmin', 'createdBy', 'status_override'];

/** A schema with its `$ref` followed and its `allOf` parts merged: what one value must satisfy. */
type Resolved = SchemaNode;

function resolve(document: OpenApiDocument, schema: SchemaNode, depth = 0): Resolved {
  if (depth > 16) return {};
  let node: Resolved = schema;
  if (node.$ref) node = { ...resolve(document, resolveRef(document, node.$ref).schema ?? {}, depth + 1) };
  if (node.allOf) {
    const parts = node.allOf.map((part) => resolve(document, part, depth + 1));
    const merged: Resolved = { ...node, allOf: undefined };
    for (const part of parts) {
      Object.assign(merged, { ...part, ...merged });
      if (part.properties) merged.properties = { ...part.properties, ...merged.properties };
      if (part.required) merged.required = [...(merged.required ?? []), ...part.required];
    }
    node = merged;
  }
  return node;
}

function typeOf(schema: Resolved, value: Json | undefined): string {
  if (schema.type) return schema.type;
  if (schema.properties) return 'object';
  if (schema.items) return 'array';
  if (Array.isArray(value)) return 'array';
  return value === null ? 'null' : typeof value;
}

/** Values of every other JSON type than the schema's: each must be refused. */
function wrongTypes(type: string): Json[] {
  const all: Record<string, Json[]> = {
    string: [12345, true, ['text'], { kk: 'мәтін', ru: 'текст' }],
    integer: ['12', true, [1], { value: 1 }, 1.5],
    number: ['12.5', false, [1], { value: 1 }],
    boolean: ['true', 1, 0, ['true'], { value: true }],
    array: ['a list', { 0: 'a' }, 7, true],
    object: ['an object', [], 7, false],
  };
  return all[type] ?? ['text', 7, [], {}];
}

const constant = (what: string, refused: boolean, value: Replacement): fc.Arbitrary<Change> =>
  fc.constant({ what, refused, value });

function repeated(character: string, length: number): string {
  return character.repeat(Math.max(0, length));
}

/** The date shape of an example (`2026-09-01` or `2026-09-01T04:00:00.000Z`) given to another day. */
function dateLike(example: string, day: string): string {
  return example.length > 10 ? `${day}${example.slice(10)}` : day;
}

/** Changes of a string: its enum, uuid, date or length rules, and what the schema leaves open. */
function stringChanges(schema: Resolved, example: Json | undefined): Array<fc.Arbitrary<Change>> {
  const changes: Array<fc.Arbitrary<Change>> = [];
  if (schema.enum && schema.enum.length > 0) {
    const values = schema.enum.filter((value): value is string => typeof value === 'string');
    changes.push(
      fc.constantFrom(...values).map((value) => ({ what: `enum value ${value}`, refused: false, value })),
    );
    const beyond = values.flatMap((value) => [`${value}-x`, ` ${value}`, value.toUpperCase()]);
    changes.push(
      fc
        .constantFrom('', 'other', ...beyond.filter((value) => !values.includes(value)))
        .map((value) => ({ what: `beyond the enum: ${JSON.stringify(value)}`, refused: true, value })),
    );
    return changes;
  }
  if (schema.format === 'uuid') {
    changes.push(fc.uuid().map((value) => ({ what: 'another uuid', refused: false, value })));
    changes.push(
      fc
        .oneof(
          fc.uuid().map((uuid) => `${uuid.slice(0, -1)}g`),
          fc.uuid().map((uuid) => uuid.replaceAll('-', '').slice(1)),
          fc.constantFrom('', 'not-a-uuid', '00000000-0000-0000-0000-00000000000'),
        )
        .map((value) => ({ what: `malformed uuid ${value}`, refused: true, value })),
    );
    return changes;
  }
  if (typeof example === 'string' && (DATE.test(example) || schema.format?.startsWith('date'))) {
    changes.push(
      fc
        .date({
          min: new Date('1900-01-01T00:00:00Z'),
          max: new Date('2200-12-31T00:00:00Z'),
          noInvalidDate: true,
        })
        .map((date) => dateLike(example, date.toISOString().slice(0, 10)))
        .map((value) => ({ what: `another date ${value}`, refused: false, value })),
      fc
        .constantFrom('0001-01-01', '1970-01-01', '2000-02-29', '2028-02-29', '9999-12-31')
        .map((day) => ({ what: `boundary date ${day}`, refused: false, value: dateLike(example, day) })),
      fc
        .constantFrom('2025-02-29', '2026-02-30', '2026-04-31', '2026-13-01', '2026-00-10')
        .map((day) => ({ what: `impossible date ${day}`, refused: true, value: dateLike(example, day) })),
      fc
        .constantFrom('', 'tomorrow', '31.12.2026')
        .map((value) => ({ what: `not a date ${JSON.stringify(value)}`, refused: true, value })),
    );
    return changes;
  }
  if (schema.maxLength !== undefined) {
    const max = schema.maxLength;
    changes.push(
      fc.constantFrom('a', 'ж', 'ә', '😀').map((character) => ({
        what: `${max} characters (the most)`,
        refused: false,
        value: repeated(character, max),
      })),
      fc.integer({ min: max + 1, max: max + 64 }).map((length) => ({
        what: `${length} characters (over ${max})`,
        refused: true,
        value: repeated('ж', length),
      })),
    );
  } else {
    changes.push(
      fc
        .integer({ min: 256, max: 20_000 })
        .map((length) => ({ what: `${length} characters`, refused: false, value: repeated('ә', length) })),
    );
  }
  changes.push(
    fc
      .string({ unit: 'grapheme', maxLength: Math.min(schema.maxLength ?? 40, 40) })
      .map((value) => ({ what: `text ${JSON.stringify(value)}`, refused: false, value })),
    fc
      .constantFrom('', '   ')
      .map((value) => ({ what: `blank ${JSON.stringify(value)}`, refused: false, value })),
  );
  return changes;
}

/** Changes of a number: at and beyond its bounds, a fraction for an integer, huge values where unbounded. */
function numberChanges(schema: Resolved, integer: boolean): Array<fc.Arbitrary<Change>> {
  const step = integer ? 1 : 0.001;
  const changes: Array<fc.Arbitrary<Change>> = [];
  const { minimum, maximum } = schema;
  if (minimum !== undefined) {
    changes.push(constant(`${minimum} (the least)`, false, minimum));
    changes.push(constant(`${minimum - step} (below ${minimum})`, true, minimum - step));
  }
  if (maximum !== undefined) {
    changes.push(constant(`${maximum} (the most)`, false, maximum));
    changes.push(constant(`${maximum + step} (above ${maximum})`, true, maximum + step));
  }
  const inRange = integer
    ? fc.integer({ min: minimum ?? -(2 ** 31), max: maximum ?? 2 ** 31 })
    : fc.double({ min: minimum ?? -1e9, max: maximum ?? 1e9, noNaN: true, noDefaultInfinity: true });
  changes.push(inRange.map((value) => ({ what: `number ${value}`, refused: false, value })));
  if (minimum === undefined || maximum === undefined) {
    changes.push(
      fc
        .constantFrom(-1, 0, 2 ** 31, 2 ** 53, 1e308, -1e308)
        .filter(
          (value) =>
            (minimum === undefined || value >= minimum) && (maximum === undefined || value <= maximum),
        )
        .map((value) => ({ what: `unbounded number ${value}`, refused: false, value })),
    );
  }
  if (integer) {
    const base = minimum ?? maximum ?? 0;
    changes.push(constant(`fraction ${base + 0.5}`, true, base + 0.5));
  }
  return changes;
}

/** A value the schema allows, for an optional field the example leaves out. */
function valueFor(document: OpenApiDocument, schema: SchemaNode, depth = 0): fc.Arbitrary<Json> {
  const node = resolve(document, schema);
  if (node.example !== undefined) return fc.constant(node.example as Json);
  if (node.enum && node.enum.length > 0) return fc.constantFrom(...node.enum);
  const type = typeOf(node, undefined);
  if (type === 'string') {
    if (node.format === 'uuid') return fc.uuid();
    if (node.format?.startsWith('date')) return fc.constant('2026-09-01');
    return fc.string({ minLength: 1, maxLength: Math.min(node.maxLength ?? 40, 40) });
  }
  if (type === 'integer') return fc.integer({ min: node.minimum ?? 0, max: node.maximum ?? 1000 });
  if (type === 'number') return fc.double({ min: node.minimum ?? 0, max: node.maximum ?? 1000, noNaN: true });
  if (type === 'boolean') return fc.boolean();
  if (depth > 4) return fc.constant(null);
  if (type === 'array') return fc.array(valueFor(document, node.items ?? {}, depth + 1), { maxLength: 3 });
  const properties = node.properties ?? {};
  return fc.record(
    Object.fromEntries(
      Object.entries(properties).map(([key, property]) => [key, valueFor(document, property, depth + 1)]),
    ),
    { requiredKeys: (node.required ?? []).filter((key) => key in properties) },
  );
}

interface Site {
  path: Array<string | number>;
  changes: Array<fc.Arbitrary<Change>>;
}

/** Every place in the example the schema describes, with the changes that place admits. */
function sites(
  document: OpenApiDocument,
  schema: SchemaNode,
  value: Json | undefined,
  path: Array<string | number>,
  required: boolean,
  depth = 0,
): Site[] {
  const node = resolve(document, schema);
  const type = typeOf(node, value);
  const changes: Array<fc.Arbitrary<Change>> = [];
  const found: Site[] = [{ path, changes }];
  if (path.length > 0) {
    changes.push(
      fc
        .constantFrom(...wrongTypes(type))
        .map((wrong) => ({ what: `wrong type ${JSON.stringify(wrong)}`, refused: true, value: wrong })),
    );
    const nullRefused = required && node.nullable !== true;
    changes.push(constant('null', nullRefused, null));
    if (value !== undefined && typeof path[path.length - 1] === 'string') {
      changes.push(constant(required ? 'missing (required)' : 'left out', required, ABSENT));
    }
  }
  if (type === 'string') changes.push(...stringChanges(node, value));
  if (type === 'integer' || type === 'number') changes.push(...numberChanges(node, type === 'integer'));
  if (type === 'boolean' && typeof value === 'boolean') changes.push(constant(`${!value}`, false, !value));
  if (depth > 8) return found;
  if (type === 'array') {
    const items = Array.isArray(value) ? value : [];
    changes.push(constant('an empty list', false, []));
    if (items.length > 0) {
      changes.push(
        constant(
          'the first item 200 times',
          false,
          Array.from({ length: 200 }, () => items[0] ?? null),
        ),
      );
      changes.push(constant('the first item twice', false, [items[0] ?? null, ...items]));
      found.push(...sites(document, node.items ?? {}, items[0], [...path, 0], true, depth + 1));
    } else if (node.items) {
      changes.push(
        fc
          .array(valueFor(document, node.items), { minLength: 1, maxLength: 3 })
          .map((list) => ({ what: 'generated items', refused: false, value: list })),
      );
    }
  }
  if (type === 'object' && node.properties) {
    const object = value && typeof value === 'object' && !Array.isArray(value) ? value : {};
    const properties = node.properties;
    changes.push(
      fc
        .tuple(
          fc.constantFrom(...UNKNOWN_KEYS.filter((key) => !(key in properties))),
          fc.oneof(fc.constant<Json>(true), fc.string({ maxLength: 8 }), fc.constant<Json>({ nested: 1 })),
        )
        .map(([key, extra]) => ({
          what: `unknown field ${key}`,
          refused: true,
          value: { ...object, [key]: extra },
        })),
    );
    const requiredKeys = new Set(node.required ?? []);
    for (const [key, property] of Object.entries(properties)) {
      const present = object[key];
      if (present !== undefined) {
        found.push(...sites(document, property, present, [...path, key], requiredKeys.has(key), depth + 1));
      } else {
        // An optional field the example leaves out: given a value the schema allows, and one of a wrong type.
        const resolved = resolve(document, property);
        found.push({
          path: [...path, key],
          changes: [
            valueFor(document, property).map((generated) => ({
              what: 'added',
              refused: false,
              value: generated,
            })),
            fc.constantFrom(...wrongTypes(typeOf(resolved, undefined))).map((wrong) => ({
              what: `added with a wrong type ${JSON.stringify(wrong)}`,
              refused: true,
              value: wrong,
            })),
          ],
        });
      }
    }
  }
  return found.filter((site) => site.changes.length > 0);
}

/** The body with the value at the path replaced (or removed). */
function replaced(body: Json, path: Array<string | number>, value: Replacement): Json {
  if (path.length === 0) return value === ABSENT ? null : value;
  const [head, ...rest] = path;
  if (Array.isArray(body) && typeof head === 'number') {
    const copy = [...body];
    if (rest.length === 0 && value === ABSENT) copy.splice(head, 1);
    else copy[head] = replaced(body[head] ?? null, rest, value);
    return copy;
  }
  const object = body && typeof body === 'object' && !Array.isArray(body) ? { ...body } : {};
  const key = String(head);
  if (rest.length === 0 && value === ABSENT) delete object[key];
  else object[key] = replaced(object[key] ?? null, rest, value);
  return object;
}

function label(path: Array<string | number>): string {
  return path.length === 0 ? 'body' : `body.${path.join('.')}`;
}

/** Changes of a path parameter by its schema: another well-formed value (a 404 at most), or a malformed one. */
function pathParameterChanges(document: OpenApiDocument, schema: SchemaNode): Array<fc.Arbitrary<Change>> {
  const node = resolve(document, schema);
  if (node.format === 'uuid') return stringChanges(node, undefined);
  if (node.type === 'integer') {
    return [
      fc
        .integer({ min: -(2 ** 31), max: 2 ** 31 })
        .map((value) => ({ what: `${value}`, refused: false, value: String(value) })),
      fc
        .constantFrom('0', '-1', '2147483648', '9007199254740993', '99999999999999999999')
        .map((value) => ({ what: value, refused: false, value })),
      fc
        .constantFrom('1.5', 'x', '1e3', '0x10')
        .map((value) => ({ what: `not an integer ${value}`, refused: true, value })),
    ];
  }
  return [
    fc
      .string({ unit: 'grapheme', minLength: 1, maxLength: 40 })
      .map((value) => ({ what: `text ${JSON.stringify(value)}`, refused: false, value })),
    fc
      .integer({ min: 256, max: 4000 })
      .map((length) => ({ what: `${length} characters`, refused: false, value: repeated('ә', length) })),
  ];
}

/** Changes of a CSV body: one cell of the example's first data row, or the row's shape. */
function csvChanges(example: string): fc.Arbitrary<{ what: string; payload: string }> {
  const [header = '', first = '', ...others] = example.split('\n');
  const cells = first.split(',');
  const cellValues = fc.constantFrom(
    '',
    'x',
    '"',
    '""unbalanced',
    '=HYPERLINK("x")',
    repeated('ж', 5000),
    '-1',
    '9999-12-31',
  );
  return fc.oneof(
    fc.tuple(fc.nat({ max: Math.max(0, cells.length - 1) }), cellValues).map(([index, cell]) => ({
      what: `CSV cell ${index} ${JSON.stringify(cell.slice(0, 20))}`,
      payload: [header, cells.map((value, at) => (at === index ? cell : value)).join(','), ...others].join(
        '\n',
      ),
    })),
    fc.constantFrom(
      { what: 'CSV row with an extra cell', payload: [header, `${first},extra`, ...others].join('\n') },
      {
        what: 'CSV row short of a cell',
        payload: [header, cells.slice(0, -1).join(','), ...others].join('\n'),
      },
      { what: 'CSV header only', payload: header },
      {
        what: 'CSV row 500 times',
        payload: [header, ...Array.from({ length: 500 }, () => first)].join('\n'),
      },
    ),
  );
}

/**
 * A real resource the requests concern (issue 20: on an empty database most requests to `/{id}/…` stop at
 * 404, so their bodies never reach the domain rules): its ids fill the path parameters, its body (when the
 * examples' would not concern it) is the one changed, and its headers name a caller allowed on it.
 */
export interface RealResource {
  values: ParameterValues;
  body?: unknown;
  headers: Record<string, string>;
}

/**
 * The generator of one write operation: one change at a time to its example (a path parameter, or a place in
 * its JSON body), and a fresh `Idempotency-Key` each, so no request is answered from another's record. Given
 * a real resource, only the body changes: the path names the resource and the caller is one allowed on it.
 */
export function generatedRequests(
  document: OpenApiDocument,
  operation: DocumentedOperation,
  resource?: RealResource,
): fc.Arbitrary<GeneratedRequest> | undefined {
  const examples = exampleRequests(document, operation, resource?.values);
  const bases =
    resource?.body === undefined
      ? examples
      : examples.slice(0, 1).map((example) => ({
          ...example,
          contentType: 'application/json',
          payload: JSON.stringify(resource.body),
        }));
  const [first] = bases;
  if (!first) return undefined;
  const method = operation.method.toUpperCase();
  const title = `${method} ${operation.path}${resource ? ' on a real resource' : ''}`;
  const parameters = operation.operation.parameters ?? [];
  const pathParameters = parameters.filter((parameter) => parameter.in === 'path');
  const takesIdempotencyKey = parameters.some(
    (parameter) => parameter.name.toLowerCase() === 'idempotency-key',
  );
  const urlOf = (values: Record<string, string>): string =>
    exampleRequests(document, operation, { ...resource?.values, ...values })[0]?.url ?? first.url;

  const variations: Array<fc.Arbitrary<Omit<GeneratedRequest, 'headers'>>> = [];
  for (const parameter of resource ? [] : pathParameters) {
    for (const change of pathParameterChanges(document, parameter.schema ?? {})) {
      variations.push(
        fc.tuple(change, fc.constantFrom(...bases)).map(([{ what, refused, value }, base]) => ({
          name: `${title}: path ${parameter.name} ${what}`,
          refused,
          method,
          url: urlOf({ [parameter.name]: typeof value === 'string' ? value : JSON.stringify(value) }),
          ...(base.contentType ? { contentType: base.contentType } : {}),
          ...(base.payload !== undefined ? { payload: base.payload } : {}),
        })),
      );
    }
  }
  for (const base of bases) {
    if (base.payload === undefined) continue;
    const url = urlOf({});
    const contentType = base.contentType ?? 'application/json';
    if (!contentType.includes('json')) {
      variations.push(
        csvChanges(base.payload).map(({ what, payload }) => ({
          name: `${title}: ${what}`,
          refused: false,
          method,
          url,
          contentType,
          payload,
        })),
      );
      continue;
    }
    const body = JSON.parse(base.payload) as Json;
    const schema = operation.operation.requestBody?.content?.[contentType]?.schema ?? {};
    for (const site of sites(document, schema, body, [], true)) {
      for (const change of site.changes) {
        variations.push(
          change.map(({ what, refused, value }) => ({
            name: `${title}${base.example && bases.length > 1 ? ` (${base.example})` : ''}: ${label(site.path)} ${what}`,
            refused,
            method,
            url,
            contentType,
            payload: JSON.stringify(replaced(body, site.path, value)),
          })),
        );
      }
    }
  }
  if (variations.length === 0) {
    // An operation with neither parameters nor body: its example, as is, with fresh keys.
    variations.push(fc.constant({ name: `${title}: the example`, refused: false, method, url: first.url }));
  }
  return fc
    .tuple(fc.oneof(...variations), fc.uuid({ version: 4 }))
    .map(([request, key]): GeneratedRequest => {
      const headers: Record<string, string> = {
        ...resource?.headers,
        ...(takesIdempotencyKey ? { 'idempotency-key': key } : {}),
      };
      return { ...request, headers };
    });
}
