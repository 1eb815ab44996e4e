import { newTrackingNumber, normalizedTrackingNumber, TRACKING_NUMBER_PATTERN } from './tracking-number';

describe('tracking numbers', () => {
  it('are short, in the receipt alphabet, and carry a valid check character', () => {
    for (let i = 0; i < 1_000; i += 1) {
      const number = newTrackingNumber();
      expect(number).toMatch(TRACKING_NUMBER_PATTERN);
      expect(normalizedTrackingNumber(number)).toBe(number);
    }
  });

  it('are not guessable from one another: no two of 5,000 alike, and every position varies', () => {
    const numbers = Array.from({ length: 5_000 }, newTrackingNumber);
    expect(new Set(numbers).size).toBe(numbers.length);
    for (let position = 0; position < 10; position += 1) {
      expect(new Set(numbers.map((n) => n[position])).size).toBe(32);
    }
  });

  it('catch every single mistyped character, and almost every swap of neighbours', () => {
    const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
    let swaps = 0;
    let swapsMissed = 0;
    for (let round = 0; round < 60; round += 1) {
      const number = newTrackingNumber().replace('-', '');
      for (let position = 0; position < 10; position += 1) {
        for (const character of alphabet) {
          if (character === number[position]) continue;
          const typo = number.slice(0, position) + character + number.slice(position + 1);
          expect(normalizedTrackingNumber(typo)).toBeNull();
        }
        if (position < 9 && number[position] !== number[position + 1]) {
          const swapped =
            number.slice(0, position) + number[position + 1] + number[position] + number.slice(position + 2);
          swaps += 1;
          if (normalizedTrackingNumber(swapped) !== null) swapsMissed += 1;
        }
      }
    }
    // A hybrid MOD 37,36 check lets through only the swaps whose two characters meet a rare relation.
    expect(swapsMissed / swaps).toBeLessThan(0.05);
  });

  it('accept what a person types: lower case, no dash', () => {
    const number = newTrackingNumber();
    expect(normalizedTrackingNumber(number.replace('-', '').toLowerCase())).toBe(number);
    expect(normalizedTrackingNumber('not-a-number')).toBeNull();
  });
});
