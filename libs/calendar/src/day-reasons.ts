import type { Bilingual } from './calendar.errors';
import type { HolidayId } from './calendar-data';
import { parseLocalDate, weekdayOf, type LocalDate } from './local-date';

/** Why a day is what it is. Every answer of the library that skips or marks a day carries these. */
export const dayReasonKinds = [
  'weekend',
  'holiday',
  'religious_holiday',
  'holiday_shift',
  'transfer',
  'decree',
  'suspension',
] as const;

export type DayReasonKind = (typeof dayReasonKinds)[number];

export interface DayReason {
  kind: DayReasonKind;
  text: Bilingual;
  source?: Bilingual;
  holidayId?: HolidayId;
  amendmentId?: string;
}

/** A day a count passed over, with the reason that decided it. */
export interface SkippedDay {
  date: LocalDate;
  kind: DayReasonKind;
  reason: Bilingual;
  source?: Bilingual;
}

export function skippedDay(date: LocalDate, reason: DayReason): SkippedDay {
  return {
    date,
    kind: reason.kind,
    reason: reason.text,
    ...(reason.source ? { source: reason.source } : {}),
  };
}

const monthsKk = [
  'қаңтар',
  'ақпан',
  'наурыз',
  'сәуір',
  'мамыр',
  'маусым',
  'шілде',
  'тамыз',
  'қыркүйек',
  'қазан',
  'қараша',
  'желтоқсан',
];
const monthsRu = [
  'января',
  'февраля',
  'марта',
  'апреля',
  'мая',
  'июня',
  'июля',
  'августа',
  'сентября',
  'октября',
  'ноября',
  'декабря',
];

/** "2025 жылғы 3 қаңтар" / "3 января 2025 г." */
export function spokenDate(date: LocalDate): Bilingual {
  const { year, month, day } = parseLocalDate(date);
  return {
    kk: `${year} жылғы ${day} ${monthsKk[month - 1]}`,
    ru: `${day} ${monthsRu[month - 1]} ${year} г.`,
  };
}

const weekendNames: Record<number, Bilingual> = {
  6: { kk: 'Демалыс күні (сенбі)', ru: 'Выходной день (суббота)' },
  0: { kk: 'Демалыс күні (жексенбі)', ru: 'Выходной день (воскресенье)' },
};

export function weekendReason(date: LocalDate): DayReason {
  return {
    kind: 'weekend',
    text: weekendNames[weekdayOf(date)] ?? { kk: 'Демалыс күні', ru: 'Выходной день' },
    source: {
      kk: 'Қазақстан Республикасының Еңбек кодексі, 84-бап (бес күндік жұмыс аптасы)',
      ru: 'Трудовой кодекс Республики Казахстан, статья 84 (пятидневная рабочая неделя)',
    },
  };
}

const shiftRule: Bilingual = {
  kk: '«Қазақстан Республикасындағы мерекелер туралы» Заңның 5-бабы',
  ru: 'Закон «О праздниках в Республике Казахстан», статья 5',
};

export function holidayShiftReason(holiday: { id: HolidayId; name: Bilingual }, on: LocalDate): DayReason {
  const when = spokenDate(on);
  return {
    kind: 'holiday_shift',
    holidayId: holiday.id,
    text: {
      kk: `Ауыстырылған демалыс күні: ${holiday.name.kk} (${when.kk}) демалыс күнімен сәйкес келді`,
      ru: `Перенесённый выходной день: ${holiday.name.ru} (${when.ru}) совпал с выходным днём`,
    },
    source: shiftRule,
  };
}

export function transferDayOffReason(from: LocalDate, source: Bilingual, amendmentId?: string): DayReason {
  const when = spokenDate(from);
  return {
    kind: 'transfer',
    text: {
      kk: `Демалыс күні ${when.kk} күнінен ауыстырылды`,
      ru: `День отдыха перенесён с ${when.ru}`,
    },
    source,
    ...(amendmentId ? { amendmentId } : {}),
  };
}

export function transferWorkingDayReason(to: LocalDate, source: Bilingual, amendmentId?: string): DayReason {
  const when = spokenDate(to);
  return {
    kind: 'transfer',
    text: {
      kk: `Жұмыс күні: демалыс күні ${when.kk} күніне ауыстырылды`,
      ru: `Рабочий день: день отдыха перенесён на ${when.ru}`,
    },
    source,
    ...(amendmentId ? { amendmentId } : {}),
  };
}

export function suspensionReason(): DayReason {
  return {
    kind: 'suspension',
    text: { kk: 'Мерзімнің өтуі тоқтатыла тұрды', ru: 'Течение срока приостановлено' },
  };
}
