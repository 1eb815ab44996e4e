import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  identifierTokensIn,
  isIdentifierKey,
  isPersonalKey,
  isPersonKey,
  maskIdentifier,
  REDACTED_VALUE,
} from './personal-data';

/**
 * The other side of the logger's masking (docs/architecture.md D6): finds personal data in a log line as it
 * was written, so a whole test run's service logs can be checked (issue 13, defect 2). It applies the same
 * rules the logger masks by, plus the IINs and names the fixtures use, which a rule could miss: an IIN whose
 * check digit fails is not masked in free text, and a name under a key the logger does not know is not either.
 */
export interface KnownPersonalData {
  /** Every 12-digit number the fixtures write, whatever its check digit. */
  idNumbers: ReadonlySet<string>;
  /** People's names the fixtures write. */
  names: readonly string[];
}

const NOTHING_KNOWN: KnownPersonalData = { idNumbers: new Set(), names: [] };

/** 12 digits standing as a token of their own, as the logger reads them. */
const TWELVE_DIGITS = /(?<![\w-])\d{12}(?![\w-])/g;
const WHOLE_IDENTIFIER = /^\d{12}$/;

/** A name in a report: its first letter, so the report does not repeat what it found. */
function hint(text: string): string {
  return `${text.slice(0, 1)}…`;
}

function isRedacted(value: unknown): boolean {
  return value === REDACTED_VALUE || value === null || value === undefined;
}

function fieldLeaks(value: unknown, key: string | undefined, path: string, leaks: Set<string>): void {
  if (Array.isArray(value)) {
    value.forEach((item) => fieldLeaks(item, key, path, leaks));
    return;
  }
  if (!value || typeof value !== 'object') return;
  const entries = Object.entries(value as Record<string, unknown>);
  const person =
    (key !== undefined && isPersonKey(key)) ||
    entries.some(([field, item]) => field.toLowerCase() === 'iin' && Boolean(item));
  for (const [field, item] of entries) {
    const at = path ? `${path}.${field}` : field;
    if ((isPersonalKey(field) || (person && field === 'name')) && !isRedacted(item)) {
      leaks.add(`"${at}" is not redacted`);
    } else if (isIdentifierKey(field) && typeof item === 'string' && WHOLE_IDENTIFIER.test(item)) {
      leaks.add(`"${at}" holds a whole identifier (${maskIdentifier(item)})`);
    } else {
      fieldLeaks(item, field, at, leaks);
    }
  }
}

/** Why a log line leaks personal data; empty when it does not. */
export function personalDataLeaks(line: string, known: KnownPersonalData = NOTHING_KNOWN): string[] {
  const leaks = new Set<string>();
  const whole = new Set(identifierTokensIn(line));
  for (const digits of whole) leaks.add(`an IIN or BIN in full (${maskIdentifier(digits)})`);
  for (const [digits] of line.matchAll(TWELVE_DIGITS)) {
    if (known.idNumbers.has(digits) && !whole.has(digits)) {
      leaks.add(`a fixture's IIN or BIN (${maskIdentifier(digits)})`);
    }
  }
  for (const name of known.names) {
    if (line.includes(name)) leaks.add(`a fixture person's name (${hint(name)})`);
  }
  let parsed: unknown;
  try {
    // A line of `npm start` carries its app's name before the JSON: `[registry-svc] {...}`.
    parsed = JSON.parse(line.slice(Math.max(0, line.indexOf('{'))));
  } catch {
    parsed = undefined;
  }
  fieldLeaks(parsed, undefined, '', leaks);
  return [...leaks];
}

/** A key whose text value is a person's name in the fixtures, in the spellings the logger knows. */
const NAME_LITERAL = /\b(\w+)['"]?\s*:\s*'([^'\n]{2,80})'/g;
/** A `name` that reads as a person's: two or three capitalised words, nothing else. */
const PERSON_NAME = /^\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){1,2}$/u;
const ID_NUMBER_LITERAL = /['"`](\d{12})['"`]/g;

/**
 * The personal data test sources write: every 12-digit literal, and the values of name fields (`givenName`,
 * `fullName`, … and a `name` of two or three capitalised words, as the demo users are named).
 */
export function knownPersonalDataIn(sources: Iterable<string>): KnownPersonalData {
  const idNumbers = new Set<string>();
  const names = new Set<string>();
  for (const source of sources) {
    for (const [, digits] of source.matchAll(ID_NUMBER_LITERAL)) if (digits) idNumbers.add(digits);
    for (const [, key, value] of source.matchAll(NAME_LITERAL)) {
      if (!key || !value || value === REDACTED_VALUE) continue;
      const nameKey = isPersonalKey(key) && /name|fio|surname|patronymic/i.test(key);
      if (nameKey || (key === 'name' && PERSON_NAME.test(value))) names.add(value);
    }
  }
  return { idNumbers, names: [...names] };
}

/** A log line that leaks, where it is and why (never the line itself). */
export interface LogLeak {
  file: string;
  line: number;
  why: string[];
}

/** Every leaking line of the `*.log` files in a directory, and how many lines were read. */
export function logLeaksIn(directory: string, known: KnownPersonalData): { lines: number; leaks: LogLeak[] } {
  const leaks: LogLeak[] = [];
  let lines = 0;
  const files = existsSync(directory) ? readdirSync(directory).filter((name) => name.endsWith('.log')) : [];
  for (const file of files.sort()) {
    readFileSync(join(directory, file), 'utf8')
      .split('\n')
      .forEach((text, index) => {
        if (text.trim() === '') return;
        lines += 1;
        const why = personalDataLeaks(text, known);
        if (why.length > 0) leaks.push({ file, line: index + 1, why });
      });
  }
  return { lines, leaks };
}
