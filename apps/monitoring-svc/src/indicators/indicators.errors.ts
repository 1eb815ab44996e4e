import { domainErrors } from '@kzps/platform';

/** Every problem the indicators answer with, subject first (docs/architecture.md D24). */
export enum IndicatorsErrorCode {
  INDICATOR_MONTHS_INVERTED = 'INDICATOR_MONTHS_INVERTED',
  INDICATOR_OWNER_NOT_YOURS = 'INDICATOR_OWNER_NOT_YOURS',
  INDICATOR_READER_WITHOUT_ORGANIZATION = 'INDICATOR_READER_WITHOUT_ORGANIZATION',
}

export const indicatorsError = domainErrors<IndicatorsErrorCode>({
  [IndicatorsErrorCode.INDICATOR_MONTHS_INVERTED]: {
    status: 400,
    title: 'fromMonth is after toMonth',
    localizedTitle: {
      kk: 'Кезеңнің басы оның соңынан кейін тұр',
      ru: 'Начало периода позже его конца',
    },
  },
  [IndicatorsErrorCode.INDICATOR_OWNER_NOT_YOURS]: {
    status: 403,
    title: "An owner's officer reads the indicators of the owner's own services only",
    localizedTitle: {
      kk: 'Көрсетілетін қызмет иесінің қызметкері тек өз қызметтерінің көрсеткіштерін көреді',
      ru: 'Сотрудник владельца услуги видит показатели только своих услуг',
    },
  },
  [IndicatorsErrorCode.INDICATOR_READER_WITHOUT_ORGANIZATION]: {
    status: 403,
    title: "The token names no organisation, so the owner's services are unknown",
    localizedTitle: {
      kk: 'Токенде ұйым көрсетілмеген, сондықтан иесінің қызметтері белгісіз',
      ru: 'В токене не указана организация, поэтому услуги владельца неизвестны',
    },
  },
});
