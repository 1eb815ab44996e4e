import { exampleCalendar, exampleDates, exampleTimes } from '../common/api-examples';
import { statutoryTermEnd } from '../clocks/terms.service';

const inForceFrom = exampleCalendar.startOfDay(exampleDates.inForce);
const term = statutoryTermEnd.public_information(exampleCalendar, inForceFrom);

/**
 * The story's Art. 17.2 update: the Ministry of Labour, owner and only provider of 01.02-001, updated its
 * information the day after the standard entered into force and confirmed it that morning; the term, counted
 * by the calendar library, ends on the third working day after 20 July 2026.
 */
export const exampleUpdate = {
  startsOn: exampleDates.inForce,
  dueDate: term.dueDate,
  dueAt: term.dueAt.toISOString(),
  updatedOn: exampleCalendar.localDate(new Date(exampleTimes.publishedAt)),
  confirmedAt: exampleTimes.publishedAt,
} as const;
