/**
 * A deliberately small payload-validation toolkit: a rule looks at one value and returns human-readable
 * problems (empty when valid). Plain functions, no framework, so every service and the bus can run them.
 * Objects ignore fields their rule does not know: within one event version producers may add optional
 * fields, and older consumers must accept them.
 */
export type Rule = (value: unknown, path: string) => string[];

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `${typeof value}`;
}

export interface StringRuleOptions {
  minLength?: number;
  maxLength?: number;
  pattern?: RegExp;
  /** Shown instead of the raw pattern, e.g. "a 12-digit BIN". */
  patternName?: string;
}

export function str(options: StringRuleOptions = {}): Rule {
  const { minLength = 1, maxLength, pattern, patternName } = options;
  return (value, path) => {
    if (typeof value !== 'string') return [`${path} must be a string, got ${describe(value)}`];
    if (value.length < minLength) return [`${path} must have at least ${minLength} character(s)`];
    if (maxLength !== undefined && value.length > maxLength) {
      return [`${path} must have at most ${maxLength} characters`];
    }
    if (pattern && !pattern.test(value)) return [`${path} must be ${patternName ?? `like ${pattern}`}`];
    return [];
  };
}

export function int(options: { min?: number; max?: number } = {}): Rule {
  return (value, path) => {
    if (typeof value !== 'number' || !Number.isInteger(value)) {
      return [`${path} must be an integer, got ${describe(value)}`];
    }
    if (options.min !== undefined && value < options.min) return [`${path} must be >= ${options.min}`];
    if (options.max !== undefined && value > options.max) return [`${path} must be <= ${options.max}`];
    return [];
  };
}

export function bool(): Rule {
  return (value, path) => (typeof value === 'boolean' ? [] : [`${path} must be a boolean`]);
}

export function oneOf<T extends string>(allowed: readonly T[]): Rule {
  return (value, path) =>
    typeof value === 'string' && (allowed as readonly string[]).includes(value)
      ? []
      : [`${path} must be one of ${allowed.join(', ')}`];
}

const isoDatePattern = /^\d{4}-\d{2}-\d{2}$/;
const isoDateTimePattern = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

/** A calendar date `YYYY-MM-DD` that exists (no 2025-02-30). */
export function isoDate(): Rule {
  return (value, path) => {
    if (typeof value !== 'string' || !isoDatePattern.test(value))
      return [`${path} must be a YYYY-MM-DD date`];
    const parsed = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(value)
      ? []
      : [`${path} is not a real date`];
  };
}

/** An RFC 3339 timestamp with an explicit offset. */
export function isoDateTime(): Rule {
  return (value, path) =>
    typeof value === 'string' && isoDateTimePattern.test(value) && !Number.isNaN(Date.parse(value))
      ? []
      : [`${path} must be an RFC 3339 timestamp with a time zone`];
}

export function arrayOf(item: Rule, options: { minItems?: number; maxItems?: number } = {}): Rule {
  return (value, path) => {
    if (!Array.isArray(value)) return [`${path} must be an array, got ${describe(value)}`];
    if (options.minItems !== undefined && value.length < options.minItems) {
      return [`${path} must have at least ${options.minItems} item(s)`];
    }
    if (options.maxItems !== undefined && value.length > options.maxItems) {
      return [`${path} must have at most ${options.maxItems} items`];
    }
    return value.flatMap((element, index) => item(element, `${path}[${index}]`));
  };
}

/** Marks a field that may be absent (`undefined`); present values still follow the rule. */
export function optional(rule: Rule): Rule & { optional: true } {
  const wrapped: Rule = (value, path) => (value === undefined ? [] : rule(value, path));
  return Object.assign(wrapped, { optional: true as const });
}

export function nullable(rule: Rule): Rule {
  return (value, path) => (value === null ? [] : rule(value, path));
}

export type Shape = Record<string, Rule>;

/** An object with the given fields; fields not in the shape are ignored (see the module comment). */
export function objectOf(shape: Shape): Rule {
  return (value, path) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      return [`${path} must be an object, got ${describe(value)}`];
    }
    const record = value as Record<string, unknown>;
    return Object.entries(shape).flatMap(([field, rule]) => {
      const fieldPath = path ? `${path}.${field}` : field;
      if (record[field] === undefined && !('optional' in rule)) return [`${fieldPath} is required`];
      return rule(record[field], fieldPath);
    });
  };
}

/** The validator of an event payload: the problems of `data`, empty when it is valid. */
export type PayloadValidator = (data: unknown) => string[];

export function payload(shape: Shape): PayloadValidator {
  const rule = objectOf(shape);
  return (data) => rule(data, '');
}

/** Identifiers of aggregates: opaque strings (UUIDs today), bounded so a key never balloons. */
export const id = (): Rule => str({ maxLength: 200 });

/** Business identification number of a legal entity: 12 digits. */
export const bin = (): Rule => str({ pattern: /^\d{12}$/, patternName: 'a 12-digit BIN' });
