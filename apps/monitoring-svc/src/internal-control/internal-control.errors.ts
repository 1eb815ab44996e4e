import { domainErrors } from '@kzps/platform';

/** Every problem internal control answers with, subject first (docs/architecture.md D24). */
export enum InternalControlErrorCode {
  INTERNAL_CONTROL_NOT_AN_OWNER = 'INTERNAL_CONTROL_NOT_AN_OWNER',
  INTERNAL_CONTROL_OWNER_UNKNOWN = 'INTERNAL_CONTROL_OWNER_UNKNOWN',
  INTERNAL_CONTROL_PERIOD_REQUIRED = 'INTERNAL_CONTROL_PERIOD_REQUIRED',
  INTERNAL_CONTROL_PERIOD_NOT_ENDED = 'INTERNAL_CONTROL_PERIOD_NOT_ENDED',
  INTERNAL_CONTROL_PERIOD_INVERTED = 'INTERNAL_CONTROL_PERIOD_INVERTED',
  INTERNAL_CONTROL_DUE_DATE_PASSED = 'INTERNAL_CONTROL_DUE_DATE_PASSED',
  INTERNAL_CONTROL_REQUEST_NOT_FOUND = 'INTERNAL_CONTROL_REQUEST_NOT_FOUND',
  INTERNAL_CONTROL_REPORT_NOT_FOUND = 'INTERNAL_CONTROL_REPORT_NOT_FOUND',
  INTERNAL_CONTROL_REPORT_ALREADY_SUBMITTED = 'INTERNAL_CONTROL_REPORT_ALREADY_SUBMITTED',
}

export const internalControlError = domainErrors<InternalControlErrorCode>({
  [InternalControlErrorCode.INTERNAL_CONTROL_NOT_AN_OWNER]: {
    status: 403,
    title: 'Only an officer of a service owner the registry lists reports on internal control (Art. 22.5)',
    localizedTitle: {
      kk: 'Ішкі бақылау туралы тізілімдегі қызмет иесінің қызметкері ғана есеп береді (22-баптың 5-тармағы)',
      ru: 'О внутреннем контроле отчитывается только сотрудник владельца услуги из реестра (пункт 5 статьи 22)',
    },
  },
  [InternalControlErrorCode.INTERNAL_CONTROL_OWNER_UNKNOWN]: {
    status: 422,
    title: 'The registry lists no active service owner with that id',
    localizedTitle: {
      kk: 'Тізілімде мұндай жұмыс істеп тұрған қызмет иесі жоқ',
      ru: 'В реестре нет действующего владельца услуги с таким идентификатором',
    },
  },
  [InternalControlErrorCode.INTERNAL_CONTROL_PERIOD_REQUIRED]: {
    status: 422,
    title: 'A report answers either a half-year or a request of the quality authority, one of them',
    localizedTitle: {
      kk: 'Есеп жарты жылға немесе уәкілетті органның сұрауына, біреуіне ғана беріледі',
      ru: 'Отчет представляется либо за полугодие, либо по запросу уполномоченного органа — одно из двух',
    },
  },
  [InternalControlErrorCode.INTERNAL_CONTROL_PERIOD_NOT_ENDED]: {
    status: 422,
    title: 'The half-year has not ended yet',
    localizedTitle: { kk: 'Жарты жыл әлі аяқталған жоқ', ru: 'Полугодие еще не закончилось' },
  },
  [InternalControlErrorCode.INTERNAL_CONTROL_PERIOD_INVERTED]: {
    status: 422,
    title: 'The period ends before it starts',
    localizedTitle: {
      kk: 'Кезеңнің аяқталуы басталуынан бұрын',
      ru: 'Период заканчивается раньше, чем начинается',
    },
  },
  [InternalControlErrorCode.INTERNAL_CONTROL_DUE_DATE_PASSED]: {
    status: 422,
    title: 'A request is due after the day it is made',
    localizedTitle: {
      kk: 'Сұрау бойынша мерзім ол жасалған күннен кейін болуы тиіс',
      ru: 'Срок по запросу должен быть позже дня запроса',
    },
  },
  [InternalControlErrorCode.INTERNAL_CONTROL_REQUEST_NOT_FOUND]: {
    status: 404,
    title: 'No such request to your organisation',
    localizedTitle: { kk: 'Ұйымыңызға мұндай сұрау жоқ', ru: 'Такого запроса вашей организации нет' },
  },
  [InternalControlErrorCode.INTERNAL_CONTROL_REPORT_NOT_FOUND]: {
    status: 404,
    title: 'No such internal-control report',
    localizedTitle: {
      kk: 'Ішкі бақылау туралы мұндай есеп жоқ',
      ru: 'Такого отчета о внутреннем контроле нет',
    },
  },
  [InternalControlErrorCode.INTERNAL_CONTROL_REPORT_ALREADY_SUBMITTED]: {
    status: 409,
    title: 'The report for this half-year or request is already submitted',
    localizedTitle: {
      kk: 'Осы жарты жылға немесе сұрауға есеп тапсырылған',
      ru: 'Отчет за это полугодие или по этому запросу уже представлен',
    },
  },
});
