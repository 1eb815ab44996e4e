import { z } from 'zod';
import { defineEvent, type PayloadOf, type PayloadOfSchema } from '../events/event-definition';
import { id, int, isoDate, isoDateTime, text } from '../events/payload-fields';
import { Topics } from '../topics/topic-names';

export const calendarAmendmentKinds = ['transfer', 'day_off', 'working_day'] as const;
export type CalendarAmendmentKind = (typeof calendarAmendmentKinds)[number];

/**
 * A change to the working-day calendar recorded by registry-svc (see @kzps/calendar): a moved day off
 * (`from` → `to`), an extra day off or an announced religious date (`date`, `holidayId`), or a day off made a
 * working day (`date`).
 */
const calendarAmendment = z.looseObject({
  id: id(),
  kind: z.enum(calendarAmendmentKinds),
  from: isoDate().optional(),
  to: isoDate().optional(),
  date: isoDate().optional(),
  nameKk: text(300).optional(),
  nameRu: text(300).optional(),
  holidayId: text(50).optional(),
  /** The act in Russian; kept so that events already in the topic parse. Read `legalBasisKk`/`legalBasisRu`. */
  legalBasis: text(1000),
  /**
   * The act in Kazakh and in Russian (Art. 5). Absent from events published before they existed: a consumer
   * then reads `legalBasis` for both.
   */
  legalBasisKk: text(1000).optional(),
  legalBasisRu: text(1000).optional(),
  recordedAt: isoDateTime(),
});
export type CalendarAmendmentV1 = PayloadOfSchema<typeof calendarAmendment>;

export const CALENDAR_SUBJECT = 'calendar';

export const calendarChangedEvent = defineEvent({
  type: 'kz.gov.registry.calendar.changed.v1',
  topic: Topics.registryCalendar,
  key: () => CALENDAR_SUBJECT,
  description:
    'Subject: `calendar`. Carries every amendment in force after the change, so one event rebuilds a ' +
    "service's copy; `revision` grows with every change and a copy ignores an event older than what it holds.",
  payload: z.looseObject({
    revision: int({ min: 1 }),
    changedAt: isoDateTime(),
    change: z.looseObject({
      action: z.enum(['recorded', 'revoked']),
      amendmentId: id(),
      /** The years whose days changed: services recount the terms that run through them. */
      years: z.array(int({ min: 2000, max: 2100 })).min(1),
    }),
    amendments: z.array(calendarAmendment).max(10_000),
  }),
  example: {
    revision: 3,
    changedAt: '2026-11-20T04:00:00.000Z',
    change: { action: 'recorded', amendmentId: 'c0a80101-0000-4000-8000-000000000002', years: [2027] },
    amendments: [
      {
        id: 'c0a80101-0000-4000-8000-000000000002',
        kind: 'transfer',
        from: '2027-01-09',
        to: '2027-01-08',
        legalBasis: 'Постановление Правительства Республики Казахстан о переносе выходных дней на 2027 год',
        legalBasisKk: 'Қазақстан Республикасы Үкіметінің 2027 жылға демалыс күндерін ауыстыру туралы қаулысы',
        legalBasisRu: 'Постановление Правительства Республики Казахстан о переносе выходных дней на 2027 год',
        recordedAt: '2026-11-20T04:00:00.000Z',
      },
    ],
  },
});
export type CalendarChangedV1 = PayloadOf<typeof calendarChangedEvent>;
