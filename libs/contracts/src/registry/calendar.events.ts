import { defineEvent } from '../events/event-definition';
import { Topics } from '../topics/topic-names';
import {
  arrayOf,
  id,
  int,
  isoDate,
  isoDateTime,
  objectOf,
  oneOf,
  optional,
  payload,
  str,
} from '../validation/rules';

export const calendarAmendmentKinds = ['transfer', 'day_off', 'working_day'] as const;
export type CalendarAmendmentKind = (typeof calendarAmendmentKinds)[number];

/**
 * A change to the working-day calendar recorded by registry-svc (see @kzps/calendar): a moved day off
 * (`from` → `to`), an extra day off or an announced religious date (`date`, `holidayId`), or a day off made a
 * working day (`date`).
 */
export interface CalendarAmendmentV1 {
  id: string;
  kind: CalendarAmendmentKind;
  from?: string;
  to?: string;
  date?: string;
  nameKk?: string;
  nameRu?: string;
  holidayId?: string;
  legalBasis: string;
  recordedAt: string;
}

/**
 * Subject: `calendar`. Carries every amendment in force after the change, so one event rebuilds a service's
 * copy; `revision` grows with every change and a copy ignores an event older than what it holds.
 */
export interface CalendarChangedV1 {
  revision: number;
  changedAt: string;
  change: {
    action: 'recorded' | 'revoked';
    amendmentId: string;
    /** The years whose days changed: services recount the terms that run through them. */
    years: number[];
  };
  amendments: CalendarAmendmentV1[];
}

export const CALENDAR_SUBJECT = 'calendar';

const amendmentShape = {
  id: id(),
  kind: oneOf(calendarAmendmentKinds),
  from: optional(isoDate()),
  to: optional(isoDate()),
  date: optional(isoDate()),
  nameKk: optional(str({ maxLength: 300 })),
  nameRu: optional(str({ maxLength: 300 })),
  holidayId: optional(str({ maxLength: 50 })),
  legalBasis: str({ maxLength: 1000 }),
  recordedAt: isoDateTime(),
};

export const calendarChangedEvent = defineEvent<CalendarChangedV1, 'kz.gov.registry.calendar.changed.v1'>({
  type: 'kz.gov.registry.calendar.changed.v1',
  topic: Topics.registryCalendar,
  validate: payload({
    revision: int({ min: 1 }),
    changedAt: isoDateTime(),
    change: objectOf({
      action: oneOf(['recorded', 'revoked'] as const),
      amendmentId: id(),
      years: arrayOf(int({ min: 2000, max: 2100 }), { minItems: 1 }),
    }),
    amendments: arrayOf(objectOf(amendmentShape), { maxItems: 10_000 }),
  }),
});
