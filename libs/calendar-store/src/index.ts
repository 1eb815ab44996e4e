export { CalendarAmendmentRow, CalendarRevisionRow } from './calendar-amendment.entity';
export { CreateCalendarTables1764115200000 } from './migrations/1764115200000-create-calendar-tables.migration';
export { CALENDAR_STORE_ENTITIES, CALENDAR_STORE_MIGRATIONS } from './calendar-store.tables';
export { amendmentOf, amendmentOfRow, contractOfRow, rowValuesOf } from './amendment-mapping';
export { CalendarStore, CALENDAR_STORE_OPTIONS, type CalendarStoreOptions } from './calendar-store';
export { CalendarCopy } from './calendar-copy';
export { CalendarStoreModule, type CalendarStoreModuleOptions } from './calendar-store.module';
export { CalendarCopyConsumer } from './calendar-copy.consumer';
export { calendarProblem } from './calendar-problem';
