import { hasValidCheckDigit } from '@kzps/identifiers';

/**
 * Personal data must never reach the logs (Art. 24: disclosure of protected information). Masking is done
 * at the logger, for every line, rather than trusting each call site. Keys are compared lower-cased without
 * `_` and `-`, so `givenName`, `given_name` and `given-name` are one key.
 */

/** Fields whose whole value is personal, whatever its shape (a string, or `{ kk, ru }` of a name). */
const PERSONAL_KEYS = new Set([
  // a person's name, in the spellings of our DTOs, of OIDC claims and of the state databases (ФИО)
  'firstname',
  'givenname',
  'lastname',
  'familyname',
  'surname',
  'middlename',
  'patronymic',
  'fullname',
  'personname',
  'fio',
  // other personal data
  'birthdate',
  'dateofbirth',
  'phone',
  'email',
  'address',
  // secrets
  'authorization',
  'password',
  'token',
  'accesstoken',
]);

/** Identifier fields: masked like an IIN (`8501******23`), so a log still tells two numbers apart. */
const IDENTIFIER_KEY = /^(?:\w*(?:iin|bin)s?|iinorbin|binoriin)$/;

/**
 * Fields holding a person (or an object about one): their `name` is a person's name. Anywhere else `name`
 * is a service's, an organisation's or a classifier group's, and is kept.
 */
const PERSON_KEYS = new Set([
  'person',
  'citizen',
  'individual',
  'applicant',
  'recipient',
  'representative',
  'complainant',
  'officer',
  'employee',
  'user',
  'author',
  'proposer',
  'signatory',
  'contact',
]);

/** What the logger writes in place of a redacted value. */
export const REDACTED_VALUE = '[redacted]';
const IDENTIFIER_SHAPE = /^\d{12}$/;

/**
 * An IIN or BIN in free text: 12 digits that are a token of their own (not the last group of a UUID, not
 * part of a longer number or word) and end in a valid check digit, so order numbers and ids stay readable.
 */
const TWELVE_DIGIT_TOKEN = /(?<![\w-])\d{12}(?![\w-])/g;

export function maskIdentifier(value: string): string {
  return `${value.slice(0, 4)}******${value.slice(10)}`;
}

export function maskText(text: string): string {
  return text.replace(TWELVE_DIGIT_TOKEN, (digits) =>
    hasValidCheckDigit(digits) ? maskIdentifier(digits) : digits,
  );
}

/** The IINs and BINs `maskText` would mask in a text: what must never be found whole in a log line. */
export function identifierTokensIn(text: string): string[] {
  return [...text.matchAll(TWELVE_DIGIT_TOKEN)].map(([digits]) => digits).filter(hasValidCheckDigit);
}

function normalized(key: string): string {
  return key.toLowerCase().replace(/[_-]/g, '');
}

/** A field the logger redacts whole (a name, a phone, a token), in any spelling of its key. */
export function isPersonalKey(key: string): boolean {
  return PERSONAL_KEYS.has(normalized(key));
}

/** A field under which an object is a person, so its `name` is a person's name. */
export function isPersonKey(key: string): boolean {
  return PERSON_KEYS.has(normalized(key));
}

/** A field the logger masks as an identifier (`iin`, `ownerBin`, …). */
export function isIdentifierKey(key: string): boolean {
  return IDENTIFIER_KEY.test(normalized(key));
}

/** A field named as an identifier: a 12-digit value masked, anything else there redacted. */
function maskIdentifierField(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(maskIdentifierField);
  if (typeof value === 'string' && IDENTIFIER_SHAPE.test(value)) return maskIdentifier(value);
  return value === null || value === undefined ? value : REDACTED_VALUE;
}

/** An object is about a person when it sits under a person's key or carries a person's IIN. */
function isPerson(value: object, key: string | undefined): boolean {
  if (key !== undefined && PERSON_KEYS.has(normalized(key))) return true;
  return Object.entries(value).some(([field, item]) => normalized(field) === 'iin' && Boolean(item));
}

export function maskPersonalData(value: unknown, depth = 0, key?: string): unknown {
  if (depth > 8) return '[deep]';
  if (typeof value === 'string') return maskText(value);
  if (Array.isArray(value)) return value.map((item) => maskPersonalData(item, depth + 1, key));
  if (value instanceof Error) {
    return {
      type: value.name,
      message: maskText(value.message),
      stack: value.stack ? maskText(value.stack) : undefined,
    };
  }
  if (value && typeof value === 'object') {
    const person = isPerson(value, key);
    return Object.fromEntries(
      Object.entries(value).map(([field, item]) => {
        const name = normalized(field);
        if (PERSONAL_KEYS.has(name) || (person && name === 'name')) return [field, REDACTED_VALUE];
        if (IDENTIFIER_KEY.test(name)) return [field, maskIdentifierField(item)];
        return [field, maskPersonalData(item, depth + 1, field)];
      }),
    );
  }
  return value;
}
