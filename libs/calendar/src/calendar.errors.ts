export interface Bilingual {
  kk: string;
  ru: string;
}

export enum CalendarErrorCode {
  DateInvalid = 'CALENDAR_DATE_INVALID',
  InstantInvalid = 'CALENDAR_INSTANT_INVALID',
  AmountInvalid = 'CALENDAR_AMOUNT_INVALID',
  UnitInvalid = 'CALENDAR_UNIT_INVALID',
  OutOfRange = 'CALENDAR_OUT_OF_RANGE',
  SuspensionInvalid = 'CALENDAR_SUSPENSION_INVALID',
  AmendmentInvalid = 'CALENDAR_AMENDMENT_INVALID',
}

export interface CalendarErrorDetails {
  field: string;
  value?: string;
  /** What exactly is wrong, when the code alone does not say it. */
  problem?: string;
}

const messages: Record<CalendarErrorCode, Bilingual> = {
  [CalendarErrorCode.DateInvalid]: {
    kk: 'Күн YYYY-MM-DD пішімінде болуы және күнтізбеде болуы тиіс',
    ru: 'Дата должна быть в формате YYYY-MM-DD и существовать в календаре',
  },
  [CalendarErrorCode.InstantInvalid]: {
    kk: 'Уақыт сәті уақыт белдеуімен ISO 8601 пішімінде болуы тиіс (мысалы, 2026-03-20T10:00:00+05:00)',
    ru: 'Момент времени должен быть в формате ISO 8601 с часовым поясом (например, 2026-03-20T10:00:00+05:00)',
  },
  [CalendarErrorCode.AmountInvalid]: {
    kk: 'Мерзім ұзақтығы оң бүтін сан болуы тиіс',
    ru: 'Продолжительность срока должна быть положительным целым числом',
  },
  [CalendarErrorCode.UnitInvalid]: {
    kk: 'Мерзім бірлігі: minutes, hours, working_days, calendar_days немесе months',
    ru: 'Единица срока: minutes, hours, working_days, calendar_days или months',
  },
  [CalendarErrorCode.OutOfRange]: {
    kk: 'Күнтізбе 2005-2099 жылдарға ғана есептейді',
    ru: 'Календарь рассчитывает только 2005-2099 годы',
  },
  [CalendarErrorCode.SuspensionInvalid]: {
    kk: 'Тоқтата тұру кезеңі аяқталу күнінен кеш басталмауы және 366 күннен аспауы тиіс',
    ru: 'Период приостановления должен начинаться не позже своего окончания и длиться не более 366 дней',
  },
  [CalendarErrorCode.AmendmentInvalid]: {
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
