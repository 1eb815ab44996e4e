import { checkDigitOf, digitsOf } from './check-digit';
import type { IdentifierProblem } from './iin';

export type EntityType = 'resident_legal_entity' | 'non_resident_legal_entity' | 'joint_entrepreneurship';
export type EntityAttribute = 'head_office' | 'branch' | 'representative_office' | 'peasant_farm';

export type BinCheck =
  | { valid: true; registeredYearMonth: string; entityType: EntityType; attribute: EntityAttribute }
  | { valid: false; reason: IdentifierProblem };

// 5th digit: the kind of entity; 6th digit: head office, branch, representative office, peasant farm.
const ENTITY_TYPES: Record<number, EntityType> = {
  4: 'resident_legal_entity',
  5: 'non_resident_legal_entity',
  6: 'joint_entrepreneurship',
};
const ATTRIBUTES: Record<number, EntityAttribute> = {
  0: 'head_office',
  1: 'branch',
  2: 'representative_office',
  3: 'peasant_farm',
};

/**
 * Validates a business identification number (БИН / БСН): YYMM of registration, the entity type, the
 * entity attribute, a serial and the same check digit as an IIN. The century of the registration year is
 * not encoded, so `registeredYearMonth` is given as YYMM.
 */
export function validateBin(value: string): BinCheck {
  if (!/^\d{12}$/.test(value)) return { valid: false, reason: 'not_twelve_digits' };
  const digits = digitsOf(value);
  const month = Number(value.slice(2, 4));
  if (month < 1 || month > 12) return { valid: false, reason: 'wrong_month' };
  const entityType = ENTITY_TYPES[digits[4] ?? -1];
  if (!entityType) return { valid: false, reason: 'wrong_entity_type' };
  const attribute = ATTRIBUTES[digits[5] ?? -1];
  if (!attribute) return { valid: false, reason: 'wrong_entity_attribute' };
  const check = checkDigitOf(digits.slice(0, 11));
  if (check === undefined) return { valid: false, reason: 'no_check_digit_possible' };
  if (check !== digits[11]) return { valid: false, reason: 'wrong_check_digit' };
  return { valid: true, registeredYearMonth: value.slice(0, 4), entityType, attribute };
}

export function isValidBin(value: string): boolean {
  return validateBin(value).valid;
}
