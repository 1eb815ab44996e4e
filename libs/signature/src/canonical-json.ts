/** A JSON value as it arrives in a request body. */
export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

/** Thrown for a value with no canonical JSON form: a non-finite number, a lone surrogate, a non-JSON type. */
export class NotCanonicalizableError extends Error {
  constructor(
    readonly path: string,
    problem: string,
  ) {
    super(`${path}: ${problem}`);
    this.name = 'NotCanonicalizableError';
  }
}

// A UTF-16 surrogate not paired with its partner: I-JSON (RFC 7493), which RFC 8785 requires, forbids it.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function canonicalString(value: string, path: string): string {
  if (LONE_SURROGATE.test(value)) throw new NotCanonicalizableError(path, 'lone UTF-16 surrogate');
  // ECMAScript's JSON string serialisation is the one RFC 8785 §3.2.2.2 prescribes.
  return JSON.stringify(value);
}

// A class instance (a Date, a DTO) would lose or change data on the way; a parsed body never holds one.
function isPlainObject(value: object): boolean {
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

function canonical(value: unknown, path: string): string {
  if (value === null || typeof value === 'boolean') return String(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new NotCanonicalizableError(path, 'non-finite number');
    // ECMAScript's Number serialisation (shortest round trip, -0 as 0) is RFC 8785 §3.2.2.3.
    return JSON.stringify(value);
  }
  if (typeof value === 'string') return canonicalString(value, path);
  if (Array.isArray(value)) {
    return `[${value.map((item, index) => canonical(item, `${path}[${index}]`)).join(',')}]`;
  }
  if (typeof value === 'object' && isPlainObject(value)) {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, item]) => item !== undefined);
    // Properties sorted by their names' UTF-16 code units (§3.2.3), which is how JavaScript compares strings.
    entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    const members = entries.map(
      ([key, item]) => `${canonicalString(key, path)}:${canonical(item, `${path}.${key}`)}`,
    );
    return `{${members.join(',')}}`;
  }
  throw new NotCanonicalizableError(path, `${typeof value} is not a JSON value`);
}

/**
 * The JSON Canonicalization Scheme (RFC 8785): no whitespace, object members sorted by name, numbers and
 * strings serialised as ECMAScript does. Two parties that hold the same JSON data get the same bytes, so a
 * signature made over one party's serialisation verifies against the other's. Properties whose value is
 * `undefined` are left out, as `JSON.stringify` does; anything else that is not JSON is refused.
 */
export function canonicalJson(value: JsonValue): string {
  return canonical(value, '$');
}
