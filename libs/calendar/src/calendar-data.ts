import type { Bilingual } from './calendar.errors';
import type { LocalDate } from './local-date';

/**
 * Kazakhstan's working-day calendar as data. The library computes every year from these rules; nothing
 * about a particular holiday lives in code. Sources were checked against the acts and the e-government
 * portal's published calendars (egov.kz) for each year; see libs/calendar/README.md.
 */

export const holidayIds = [
  'new_year',
  'womens_day',
  'nauryz',
  'unity_day',
  'defender_day',
  'victory_day',
  'capital_day',
  'constitution_day',
  'republic_day',
  'independence_day',
  'orthodox_christmas',
  'kurban_ait',
] as const;

export type HolidayId = (typeof holidayIds)[number];

/**
 * The religious days off whose date is announced each year (Labour Code Art. 84.5): the only holidays an
 * amendment may date. Every other holiday has a fixed date in the law.
 */
export const datedHolidayIds = ['kurban_ait'] as const satisfies readonly HolidayId[];

export type DatedHolidayId = (typeof datedHolidayIds)[number];

export interface FixedHoliday {
  id: HolidayId;
  month: number;
  days: number[];
  name: Bilingual;
  /**
   * Law "On holidays", Art. 5: when a national or state holiday falls on a day off, the next working day
   * after the holiday is a day off. The religious days off of Labour Code Art. 84.5 have no such rule.
   */
  movesWhenOnDayOff: boolean;
  source: Bilingual;
}

/** A religious day off whose date is set each year (the first day of Kurban Ait). */
export interface DatedHoliday {
  id: DatedHolidayId;
  date: LocalDate;
  name: Bilingual;
  movesWhenOnDayOff: boolean;
  source: Bilingual;
}

/** A day off moved by the authorised body: `from` (a day off) becomes a working day, `to` a day off. */
export interface DayOffTransfer {
  from: LocalDate;
  to: LocalDate;
  source: Bilingual;
}

/** A religious date not yet announced for a year: that year's answers are provisional until it is recorded. */
export interface PendingHoliday {
  year: number;
  id: DatedHolidayId;
  name: Bilingual;
}

export interface CalendarData {
  /** Days of the week that are days off in the five-day week of state bodies (0 = Sunday, 6 = Saturday). */
  weekendDays: number[];
  fixedHolidays: FixedHoliday[];
  datedHolidays: DatedHoliday[];
  transfers: DayOffTransfer[];
  pending: PendingHoliday[];
  /** Years whose data was checked in full; other years are computed from the statutory rules alone. */
  verifiedYears: number[];
}

const lawOnHolidays: Bilingual = {
  kk: '«Қазақстан Республикасындағы мерекелер туралы» 2001 жылғы 13 желтоқсандағы № 267-II Қазақстан Республикасының Заңы, 2, 3 және 5-баптар',
  ru: 'Закон Республики Казахстан от 13 декабря 2001 года № 267-II «О праздниках в Республике Казахстан», статьи 2, 3 и 5',
};

const labourCodeReligiousDays: Bilingual = {
  kk: 'Қазақстан Республикасының Еңбек кодексі, 84-баптың 5-тармағы',
  ru: 'Трудовой кодекс Республики Казахстан, пункт 5 статьи 84',
};

function kurbanAitSource(dateSource: Bilingual): Bilingual {
  return {
    kk: `${labourCodeReligiousDays.kk}; күні: ${dateSource.kk}`,
    ru: `${labourCodeReligiousDays.ru}; дата: ${dateSource.ru}`,
  };
}

export const kurbanAitName: Bilingual = { kk: 'Құрбан айттың бірінші күні', ru: 'Первый день Курбан айта' };

function fixed(
  id: HolidayId,
  month: number,
  days: number[],
  name: Bilingual,
  movesWhenOnDayOff = true,
  source: Bilingual = lawOnHolidays,
): FixedHoliday {
  return { id, month, days, name, movesWhenOnDayOff, source };
}

export const kazakhstanCalendarData: CalendarData = {
  weekendDays: [6, 0],
  fixedHolidays: [
    fixed('new_year', 1, [1, 2], { kk: 'Жаңа жыл', ru: 'Новый год' }),
    fixed(
      'orthodox_christmas',
      1,
      [7],
      { kk: 'Православиелік Рождество', ru: 'Православное Рождество' },
      false,
      labourCodeReligiousDays,
    ),
    fixed('womens_day', 3, [8], { kk: 'Халықаралық әйелдер күні', ru: 'Международный женский день' }),
    fixed('nauryz', 3, [21, 22, 23], { kk: 'Наурыз мейрамы', ru: 'Наурыз мейрамы' }),
    fixed('unity_day', 5, [1], {
      kk: 'Қазақстан халқының бірлігі мерекесі',
      ru: 'Праздник единства народа Казахстана',
    }),
    fixed('defender_day', 5, [7], { kk: 'Отан қорғаушы күні', ru: 'День защитника Отечества' }),
    fixed('victory_day', 5, [9], { kk: 'Жеңіс күні', ru: 'День Победы' }),
    fixed('capital_day', 7, [6], { kk: 'Астана күні', ru: 'День столицы' }),
    fixed('constitution_day', 8, [30], {
      kk: 'Қазақстан Республикасының Конституциясы күні',
      ru: 'День Конституции Республики Казахстан',
    }),
    // National holiday again since the law of 28 September 2022 (which also dropped 1 December).
    fixed('republic_day', 10, [25], { kk: 'Республика күні', ru: 'День Республики' }),
    // One day since the same 2022 law (17 December is no longer a holiday).
    fixed('independence_day', 12, [16], { kk: 'Тәуелсіздік күні', ru: 'День Независимости' }),
  ],
  datedHolidays: [
    {
      id: 'kurban_ait',
      date: '2024-06-16',
      name: kurbanAitName,
      movesWhenOnDayOff: false,
      source: kurbanAitSource({
        kk: 'ҚМДБ 2024 жылғы 16 маусым деп бекітті (egov.kz күнтізбесі)',
        ru: 'ДУМК утвердило 16 июня 2024 года (календарь egov.kz)',
      }),
    },
    {
      id: 'kurban_ait',
      date: '2025-06-06',
      name: kurbanAitName,
      movesWhenOnDayOff: false,
      source: kurbanAitSource({
        kk: 'ҚМДБ 2025 жылғы 6 маусым деп бекітті (egov.kz күнтізбесі)',
        ru: 'ДУМК утвердило 6 июня 2025 года (календарь egov.kz)',
      }),
    },
    {
      id: 'kurban_ait',
      date: '2026-05-27',
      name: kurbanAitName,
      movesWhenOnDayOff: false,
      source: kurbanAitSource({
        kk: 'ҚМДБ-ның 2026 жылғы діни күндер күнтізбесі, 27 мамыр',
        ru: 'Календарь религиозных дат ДУМК на 2026 год, 27 мая',
      }),
    },
  ],
  transfers: [
    {
      from: '2024-05-04',
      to: '2024-05-08',
      source: {
        kk: 'Қазақстан Республикасы Еңбек және халықты әлеуметтік қорғау министрі м.а. 2024 жылғы 17 сәуірдегі «2024 жылы демалыс күнін ауыстыру туралы» бұйрығы (Еңбек кодексі 85-бабының 3-тармағы)',
        ru: 'Приказ и.о. Министра труда и социальной защиты населения Республики Казахстан от 17 апреля 2024 года «О переносе дня отдыха в 2024 году» (пункт 3 статьи 85 Трудового кодекса)',
      },
    },
    {
      from: '2025-01-05',
      to: '2025-01-03',
      source: {
        kk: 'Қазақстан Республикасы Еңбек және халықты әлеуметтік қорғау министрінің «2025 жылы демалыс күнін ауыстыру туралы» бұйрығы (Еңбек кодексі 85-бабының 3-тармағы)',
        ru: 'Приказ Министра труда и социальной защиты населения Республики Казахстан «О переносе дня отдыха в 2025 году» (пункт 3 статьи 85 Трудового кодекса)',
      },
    },
  ],
  // The Spiritual Administration of Muslims of Kazakhstan announces the next year's dates each November;
  // 2027's is recorded as an amendment once published, not guessed from astronomy.
  pending: [{ year: 2027, id: 'kurban_ait', name: kurbanAitName }],
  verifiedYears: [2024, 2025, 2026, 2027],
};
