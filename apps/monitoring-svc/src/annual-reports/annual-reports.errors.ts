import { domainErrors } from '@kzps/platform';

/** Every problem the annual activity reports answer with, subject first (docs/architecture.md D24). */
export enum AnnualReportsErrorCode {
  ANNUAL_REPORT_NOT_FOUND = 'ANNUAL_REPORT_NOT_FOUND',
  ANNUAL_REPORT_NOT_YOURS = 'ANNUAL_REPORT_NOT_YOURS',
  ANNUAL_REPORT_OWNER_WITHOUT_ORGANIZATION = 'ANNUAL_REPORT_OWNER_WITHOUT_ORGANIZATION',
  ANNUAL_REPORT_YEAR_NOT_OVER = 'ANNUAL_REPORT_YEAR_NOT_OVER',
  ANNUAL_REPORT_EXISTS = 'ANNUAL_REPORT_EXISTS',
  ANNUAL_REPORT_ALREADY_PUBLISHED = 'ANNUAL_REPORT_ALREADY_PUBLISHED',
  ANNUAL_REPORT_NOT_PUBLISHED = 'ANNUAL_REPORT_NOT_PUBLISHED',
  ANNUAL_REPORT_DATE_INVALID = 'ANNUAL_REPORT_DATE_INVALID',
}

export const annualReportsError = domainErrors<AnnualReportsErrorCode>({
  [AnnualReportsErrorCode.ANNUAL_REPORT_NOT_FOUND]: {
    status: 404,
    title: 'No such annual report',
    localizedTitle: { kk: 'Мұндай жылдық есеп жоқ', ru: 'Такого годового отчета нет' },
  },
  [AnnualReportsErrorCode.ANNUAL_REPORT_NOT_YOURS]: {
    status: 403,
    title: 'Art. 17.6: an owner reports on its own activity only',
    localizedTitle: {
      kk: '17.6-бап: көрсетілетін қызметті беруші тек өз қызметі туралы есеп береді',
      ru: 'Ст. 17.6: услугодатель отчитывается только о своей деятельности',
    },
  },
  [AnnualReportsErrorCode.ANNUAL_REPORT_OWNER_WITHOUT_ORGANIZATION]: {
    status: 403,
    title: 'The token names no organisation, so whose report it is is unknown',
    localizedTitle: {
      kk: 'Токенде ұйым көрсетілмеген, есептің кімдікі екені белгісіз',
      ru: 'В токене не указана организация, чей это отчет, неизвестно',
    },
  },
  [AnnualReportsErrorCode.ANNUAL_REPORT_YEAR_NOT_OVER]: {
    status: 409,
    title: 'A year is reported on once it is over',
    localizedTitle: {
      kk: 'Жыл аяқталғаннан кейін есеп беріледі',
      ru: 'Отчет за год составляется после его окончания',
    },
  },
  [AnnualReportsErrorCode.ANNUAL_REPORT_EXISTS]: {
    status: 409,
    title: 'The owner already has a report for that year',
    localizedTitle: { kk: 'Сол жылға есеп бар', ru: 'Отчет за этот год уже есть' },
  },
  [AnnualReportsErrorCode.ANNUAL_REPORT_ALREADY_PUBLISHED]: {
    status: 409,
    title: 'The report is already published',
    localizedTitle: { kk: 'Есеп жарияланған', ru: 'Отчет уже опубликован' },
  },
  [AnnualReportsErrorCode.ANNUAL_REPORT_NOT_PUBLISHED]: {
    status: 409,
    title: 'Art. 17.8: a report is discussed publicly once it is published',
    localizedTitle: {
      kk: '17.8-бап: есеп жарияланғаннан кейін талқыланады',
      ru: 'Ст. 17.8: отчет обсуждается после его опубликования',
    },
  },
  [AnnualReportsErrorCode.ANNUAL_REPORT_DATE_INVALID]: {
    status: 422,
    title: 'The date is not today or earlier, or comes before the step it follows',
    localizedTitle: {
      kk: 'Күн бүгіннен кейін немесе алдыңғы қадамнан бұрын',
      ru: 'Дата позже сегодняшней или раньше предыдущего шага',
    },
  },
});
