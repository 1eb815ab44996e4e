export interface Bilingual {
  kk: string;
  ru: string;
}

export type CalendarErrorCode =
  | 'INVALID_DATE'
  | 'INVALID_INSTANT'
  | 'INVALID_AMOUNT'
  | 'INVALID_UNIT'
  | 'OUT_OF_RANGE'
  | 'INVALID_SUSPENSION'
  | 'INVALID_AMENDMENT';

export interface CalendarErrorDetails {
  field: string;
  value?: string;
  /** What exactly is wrong, when the code alone does not say it. */
  problem?: string;
}

const messages: Record<CalendarErrorCode, Bilingual> = {
  INVALID_DATE: {
    kk: 'Күн YYYY-MM-DD пішімінде болуы және күнтізбеде болуы тиіс',
    ru: 'Дата должна быть в формате YYYY-MM-DD и существовать в календаре',
  },
  INVALID_INSTANT: {
    kk: 'Уақыт сәті уақыт белдеуімен ISO 8601 пішімінде болуы тиіс (мысалы, 2026-03-20T10:00:00+05:00)',
    ru: 'Момент времени должен быть в формате ISO 8601 с часовым поясом (например, 2026-03-20T10:00:00+05:00)',
  },
  INVALID_AMOUNT: {
    kk: 'Мерзім ұзақтығы оң бүтін сан болуы тиіс',
    ru: 'Продолжительность срока должна быть положительным целым числом',
  },
  INVALID_UNIT: {
    kk: 'Мерзім бірлігі: minutes, hours, working_days, calendar_days немесе months',
    ru: 'Единица срока: minutes, hours, working_days, calendar_days или months',
  },
  OUT_OF_RANGE: {
    kk: 'Күнтізбе 2005-2099 жылдарға ғана есептейді',
    ru: 'Календарь рассчитывает только 2005-2099 годы',
  },
  INVALID_SUSPENSION: {
    kk: 'Тоқтата тұру кезеңі аяқталу күнінен кеш басталмауы және 366 күннен аспауы тиіс',
    ru: 'Период приостановления должен начинаться не позже своего окончания и длиться не более 366 дней',
  },
  INVALID_AMENDMENT: {
    kk: 'Күнтізбеге өзгеріс дұрыс емес',
    ru: 'Изменение календаря некорректно',
  },
};

/** Refused input. Carries a code for the REST layer, the offending field, and kk/ru text for people. */
export class CalendarError extends Error {
  readonly localizedMessage: Bilingual;

  constructor(
    readonly code: CalendarErrorCode,
    readonly details: CalendarErrorDetails,
  ) {
    const text = messages[code];
    super(`${code}: ${details.field}${details.problem ? ` (${details.problem})` : ''}`);
    this.name = 'CalendarError';
    this.localizedMessage = text;
  }
}
