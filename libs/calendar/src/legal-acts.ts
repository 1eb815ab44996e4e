import { addDays, parseLocalDate, type LocalDate } from './local-date';

/**
 * Law "On legal acts" (6 April 2016 No. 480-V, the article on entry into force, Art. 36 as we read it; confirm
 * the number against adilet.zan.kz Z1600000480): a normative legal act that states no other day enters into
 * force after ten calendar days following the day of its first official publication.
 */
export const ENTRY_INTO_FORCE_CALENDAR_DAYS = 10;

/**
 * The day an act published on `firstPublishedOn` enters into force when it states no day of its own: the ten
 * calendar days run from the next day (the day of publication does not count), and the act is in force from
 * the day after the tenth (published on 10 July, in force from 21 July). Not moved off a day off: it is not a
 * term for doing something, only the day a rule starts to apply.
 */
export function defaultEntryIntoForce(firstPublishedOn: LocalDate): LocalDate {
  parseLocalDate(firstPublishedOn, 'firstPublishedOn');
  return addDays(firstPublishedOn, ENTRY_INTO_FORCE_CALENDAR_DAYS + 1);
}
