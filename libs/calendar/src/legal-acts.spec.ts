import { CalendarError } from './calendar.errors';
import { defaultEntryIntoForce } from './legal-acts';

describe('entry into force of a normative legal act (Law "On legal acts")', () => {
  it('is the day after ten calendar days following the first official publication', () => {
    expect(defaultEntryIntoForce('2026-07-10')).toBe('2026-07-21');
  });

  it('runs over days off and across a year, and is not moved off a day off', () => {
    // Published on 21 December 2026: in force on 1 January 2027, a holiday.
    expect(defaultEntryIntoForce('2026-12-21')).toBe('2027-01-01');
    // Published on 18 February 2028 (a leap year): in force on 29 February.
    expect(defaultEntryIntoForce('2028-02-18')).toBe('2028-02-29');
  });

  it('refuses a date that is not one, naming the field', () => {
    expect(() => defaultEntryIntoForce('2026-02-30')).toThrow(CalendarError);
    expect(() => defaultEntryIntoForce('2026-02-30')).toThrow(/firstPublishedOn/);
  });
});
