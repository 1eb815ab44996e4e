import { domainErrors } from '@kzps/platform';

/** Every problem NGO accreditation answers with, subject first (docs/architecture.md D24). */
export enum AccreditationsErrorCode {
  ACCREDITATION_NOT_FOUND = 'ACCREDITATION_NOT_FOUND',
  ACCREDITATION_ALREADY_HELD = 'ACCREDITATION_ALREADY_HELD',
  ACCREDITATION_NOT_PENDING = 'ACCREDITATION_NOT_PENDING',
  ACCREDITATION_VALIDITY_REQUIRED = 'ACCREDITATION_VALIDITY_REQUIRED',
  ACCREDITATION_VALIDITY_INVERTED = 'ACCREDITATION_VALIDITY_INVERTED',
  ACCREDITATION_BACKDATED = 'ACCREDITATION_BACKDATED',
  ACCREDITATION_REASON_REQUIRED = 'ACCREDITATION_REASON_REQUIRED',
  ACCREDITATION_NOT_GRANTED = 'ACCREDITATION_NOT_GRANTED',
  ACCREDITATION_NOT_SUSPENDED = 'ACCREDITATION_NOT_SUSPENDED',
  ACCREDITATION_NOT_IN_FORCE = 'ACCREDITATION_NOT_IN_FORCE',
  ACCREDITATION_APPLICANT_WITHOUT_ORGANIZATION = 'ACCREDITATION_APPLICANT_WITHOUT_ORGANIZATION',
}

export const accreditationsError = domainErrors<AccreditationsErrorCode>({
  [AccreditationsErrorCode.ACCREDITATION_NOT_FOUND]: {
    status: 404,
    title: 'No such accreditation',
    localizedTitle: { kk: 'Мұндай аккредиттеу жоқ', ru: 'Такой аккредитации нет' },
  },
  [AccreditationsErrorCode.ACCREDITATION_ALREADY_HELD]: {
    status: 409,
    title: 'The organisation already has an application or an accreditation in force',
    localizedTitle: {
      kk: 'Ұйымның қаралып жатқан өтінімі немесе қолданыстағы аккредиттеуі бар',
      ru: 'У организации уже есть заявка на рассмотрении или действующая аккредитация',
    },
  },
  [AccreditationsErrorCode.ACCREDITATION_NOT_PENDING]: {
    status: 409,
    title: 'The application has already been decided',
    localizedTitle: { kk: 'Өтінім бойынша шешім қабылданған', ru: 'По заявке уже принято решение' },
  },
  [AccreditationsErrorCode.ACCREDITATION_VALIDITY_REQUIRED]: {
    status: 422,
    title: 'An accreditation is granted with the dates it is valid from and until',
    localizedTitle: {
      kk: 'Аккредиттеу қолданылу мерзімінің басталу және аяқталу күндерімен беріледі',
      ru: 'Аккредитация предоставляется с датами начала и окончания срока действия',
    },
  },
  [AccreditationsErrorCode.ACCREDITATION_VALIDITY_INVERTED]: {
    status: 422,
    title: 'The accreditation would end before it starts',
    localizedTitle: {
      kk: 'Аккредиттеудің аяқталу күні басталу күнінен бұрын',
      ru: 'Срок действия аккредитации заканчивается раньше, чем начинается',
    },
  },
  [AccreditationsErrorCode.ACCREDITATION_BACKDATED]: {
    status: 422,
    title: 'An accreditation takes effect no earlier than the day it is decided',
    localizedTitle: {
      kk: 'Аккредиттеу шешім қабылданған күннен ерте күшіне енбейді',
      ru: 'Аккредитация действует не ранее дня принятия решения',
    },
  },
  [AccreditationsErrorCode.ACCREDITATION_REASON_REQUIRED]: {
    status: 422,
    title: 'A refusal states its reason',
    localizedTitle: { kk: 'Бас тарту себебі көрсетіледі', ru: 'В отказе указывается причина' },
  },
  [AccreditationsErrorCode.ACCREDITATION_NOT_GRANTED]: {
    status: 409,
    title: 'Only an accreditation in force is suspended or revoked',
    localizedTitle: {
      kk: 'Тек қолданыстағы аккредиттеу тоқтатыла немесе кері қайтарыла алады',
      ru: 'Приостановить или отозвать можно только действующую аккредитацию',
    },
  },
  [AccreditationsErrorCode.ACCREDITATION_NOT_SUSPENDED]: {
    status: 409,
    title: 'The accreditation is not suspended',
    localizedTitle: { kk: 'Аккредиттеу тоқтатылмаған', ru: 'Аккредитация не приостановлена' },
  },
  [AccreditationsErrorCode.ACCREDITATION_NOT_IN_FORCE]: {
    status: 409,
    title: 'The organisation holds no accreditation in force today (Art. 23.1, 23.3)',
    localizedTitle: {
      kk: 'Ұйымның бүгін қолданыстағы аккредиттеуі жоқ (23-баптың 1, 3-тармақтары)',
      ru: 'У организации нет действующей на сегодня аккредитации (пункты 1, 3 статьи 23)',
    },
  },
  [AccreditationsErrorCode.ACCREDITATION_APPLICANT_WITHOUT_ORGANIZATION]: {
    status: 403,
    title: 'The token names no organisation the monitor acts for',
    localizedTitle: {
      kk: 'Токенде мониторинг жүргізуші әрекет ететін ұйым көрсетілмеген',
      ru: 'В токене не указана организация, от имени которой действует наблюдатель',
    },
  },
});
