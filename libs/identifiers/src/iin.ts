import { localDateOf } from '@kzps/calendar';
import { checkDigitOf, digitsOf } from './check-digit';

export type IdentifierProblem =
  | 'not_twelve_digits'
  | 'wrong_check_digit'
  | 'no_check_digit_possible'
  | 'impossible_birth_date'
  | 'wrong_century_digit'
  | 'wrong_month'
  | 'wrong_entity_type'
  | 'wrong_entity_attribute';

export type Sex = 'male' | 'female';

export type IinCheck =
  { valid: true; birthDate: string; sex: Sex } | { valid: false; reason: IdentifierProblem };

export interface IinCheckOptions {
  /**
   * The day the birth date is checked against, `YYYY-MM-DD`: nobody is born after it. Defaults to today in
   * Kazakhstan; tests and replays of past checks pass a fixed day.
   */
  today?: string;
}

const TWELVE_DIGITS = /^\d{12}$/;

// 7th digit: century of birth and sex (1, 2: 19th century; 3, 4: 20th; 5, 6: 21st; odd male, even female).
const CENTURY_BY_DIGIT: Record<number, number> = { 1: 1800, 2: 1800, 3: 1900, 4: 1900, 5: 2000, 6: 2000 };

function isRealDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const daysInMonth = [
    31,
    year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28,
    31,
    30,
    31,
    30,
    31,
    31,
    30,
    31,
    30,
    31,
  ];
  return day <= (daysInMonth[month - 1] ?? 0);
}

function pad(value: number, length: number): string {
  return String(value).padStart(length, '0');
}

/**
 * Validates an individual identification number (ИИН / ЖСН): 12 digits, YYMMDD date of birth, a century
 * and sex digit, a serial, and the check digit. A birth date that does not exist, or is after `today`, is
 * impossible. IINs whose 7th digit is 0 (issued without an encoded birth date) are refused: they cannot be
 * told apart from typing errors, and the recipients this system serves carry standard IINs.
 */
export function validateIin(value: string, options: IinCheckOptions = {}): IinCheck {
  if (!TWELVE_DIGITS.test(value)) return { valid: false, reason: 'not_twelve_digits' };
  const digits = digitsOf(value);
  const centuryDigit = digits[6] ?? 0;
  const century = CENTURY_BY_DIGIT[centuryDigit];
  if (century === undefined) return { valid: false, reason: 'wrong_century_digit' };
  const year = century + Number(value.slice(0, 2));
  const month = Number(value.slice(2, 4));
  const day = Number(value.slice(4, 6));
  if (!isRealDate(year, month, day)) return { valid: false, reason: 'impossible_birth_date' };
  const birthDate = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
  // YYYY-MM-DD strings compare in date order.
  if (birthDate > (options.today ?? localDateOf(new Date()))) {
    return { valid: false, reason: 'impossible_birth_date' };
  }
  const check = checkDigitOf(digits.slice(0, 11));
  if (check === undefined) return { valid: false, reason: 'no_check_digit_possible' };
  if (check !== digits[11]) return { valid: false, reason: 'wrong_check_digit' };
  return { valid: true, birthDate, sex: centuryDigit % 2 === 1 ? 'male' : 'female' };
}

export function isValidIin(value: string, options: IinCheckOptions = {}): boolean {
  return validateIin(value, options).valid;
}

/** For logs and screens that must not show the whole number: `8501******23`. */
export function maskIin(value: string): string {
  return value.length === 12 ? `${value.slice(0, 4)}******${value.slice(10)}` : '************';
}
