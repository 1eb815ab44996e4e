import { randomInt } from 'node:crypto';

/**
 * Tracking numbers: ten random characters and a check character, e.g. `7K3QF9M2XA-1`. The characters are
 * Crockford's base32 (no I, L, O, U: nothing to misread on a receipt or over the phone); 50 random bits
 * from the operating system's cryptographic source, so a number says nothing about the one before it and
 * cannot be guessed. The check character (ISO/IEC 7064 MOD 37,36) catches every single mistyped character
 * and almost every swap of two neighbours before the database is asked. Uniqueness: a unique index, and a new
 * draw on the rare collision.
 */
const BODY_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const CHECK_ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const BODY_LENGTH = 10;
const MODULUS = 36;

export const TRACKING_NUMBER_PATTERN = /^[0-9A-HJKMNP-TV-Z]{10}-[0-9A-Z]$/;

function valueOf(character: string): number {
  return CHECK_ALPHABET.indexOf(character);
}

/** ISO/IEC 7064 hybrid MOD 37,36: the character that makes the whole string check. */
function checkCharacterOf(body: string): string {
  let product = MODULUS;
  for (const character of body) {
    let sum = (product + valueOf(character)) % MODULUS;
    if (sum === 0) sum = MODULUS;
    product = (2 * sum) % (MODULUS + 1);
  }
  return CHECK_ALPHABET.charAt((MODULUS + 1 - product) % MODULUS);
}

export function newTrackingNumber(): string {
  let body = '';
  for (let i = 0; i < BODY_LENGTH; i += 1) body += BODY_ALPHABET.charAt(randomInt(BODY_ALPHABET.length));
  return `${body}-${checkCharacterOf(body)}`;
}

/** The number as a person may type it (lower case, without the dash), or null when it cannot be one. */
export function normalizedTrackingNumber(input: string): string | null {
  const compact = input.trim().toUpperCase().replace(/-/g, '');
  if (compact.length !== BODY_LENGTH + 1) return null;
  const candidate = `${compact.slice(0, BODY_LENGTH)}-${compact.slice(BODY_LENGTH)}`;
  if (!TRACKING_NUMBER_PATTERN.test(candidate)) return null;
  return checkCharacterOf(compact.slice(0, BODY_LENGTH)) === compact.slice(BODY_LENGTH) ? candidate : null;
}
