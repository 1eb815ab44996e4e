import { domainErrors } from '@kzps/platform';

export enum CalendarErrorCode {
  AmendmentNotFound = 'CALENDAR_AMENDMENT_NOT_FOUND',
  AmendmentRevoked = 'CALENDAR_AMENDMENT_ALREADY_REVOKED',
}

export const calendarError = domainErrors<CalendarErrorCode>({
  [CalendarErrorCode.AmendmentNotFound]: {
    status: 404,
    title: 'No such calendar amendment',
    localizedTitle: { kk: 'Күнтізбеге мұндай өзгеріс жоқ', ru: 'Такого изменения календаря нет' },
  },
  [CalendarErrorCode.AmendmentRevoked]: {
    status: 409,
    title: 'The amendment is already revoked',
    localizedTitle: { kk: 'Өзгеріс бұрын күшін жойған', ru: 'Изменение уже отменено' },
  },
});
