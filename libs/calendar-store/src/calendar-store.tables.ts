import { CalendarAmendmentRow, CalendarRevisionRow } from './calendar-amendment.entity';
import { CreateCalendarTables1764115200000 } from './migrations/1764115200000-create-calendar-tables.migration';
import { AmendmentLegalBasisInKazakhAndRussian1796526797348 } from './migrations/1796526797348-amendment-legal-basis-in-kazakh-and-russian.migration';

/** Add to a service's entity and migration lists. */
export const CALENDAR_STORE_ENTITIES = [CalendarAmendmentRow, CalendarRevisionRow];
export const CALENDAR_STORE_MIGRATIONS = [
  CreateCalendarTables1764115200000,
  AmendmentLegalBasisInKazakhAndRussian1796526797348,
];
