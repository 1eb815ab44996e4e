const FIRST_PASS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
const SECOND_PASS = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2];

function weightedRemainder(digits: readonly number[], weights: readonly number[]): number {
  return weights.reduce((sum, weight, index) => sum + weight * (digits[index] ?? 0), 0) % 11;
}

/**
 * The 12th digit of an IIN or BIN: the weighted sum of the first eleven digits modulo 11; when that is 10,
 * a second pass with shifted weights; when the second pass also gives 10, no valid number exists with
 * those eleven digits (such numbers are never issued).
 */
export function checkDigitOf(firstEleven: readonly number[]): number | undefined {
  const first = weightedRemainder(firstEleven, FIRST_PASS);
  if (first !== 10) return first;
  const second = weightedRemainder(firstEleven, SECOND_PASS);
  return second === 10 ? undefined : second;
}

export function digitsOf(value: string): number[] {
  return [...value].map(Number);
}

/**
 * Whether twelve digits end in the check digit of their first eleven: true of every issued IIN and BIN,
 * and of about one random 12-digit run in eleven. The logger masks by it without judging the rest.
 */
export function hasValidCheckDigit(value: string): boolean {
  if (!/^\d{12}$/.test(value)) return false;
  const digits = digitsOf(value);
  return checkDigitOf(digits.slice(0, 11)) === digits[11];
}
