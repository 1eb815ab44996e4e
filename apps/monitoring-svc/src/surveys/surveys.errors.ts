import { domainErrors } from '@kzps/platform';

/** Every problem the satisfaction surveys answer with, subject first (docs/architecture.md D24). */
export enum SurveysErrorCode {
  SURVEY_APPLICATION_UNKNOWN = 'SURVEY_APPLICATION_UNKNOWN',
  SURVEY_RESULT_NOT_ISSUED = 'SURVEY_RESULT_NOT_ISSUED',
  SURVEY_ALREADY_ANSWERED = 'SURVEY_ALREADY_ANSWERED',
}

export const surveysError = domainErrors<SurveysErrorCode>({
  [SurveysErrorCode.SURVEY_APPLICATION_UNKNOWN]: {
    status: 404,
    title: 'No such application of yours',
    localizedTitle: { kk: 'Сіздің мұндай өтінішіңіз жоқ', ru: 'Такого вашего заявления нет' },
  },
  [SurveysErrorCode.SURVEY_RESULT_NOT_ISSUED]: {
    status: 409,
    title: 'The service is rated after its result is issued',
    localizedTitle: {
      kk: 'Қызмет нәтижесі берілгеннен кейін бағаланады',
      ru: 'Услуга оценивается после выдачи результата',
    },
  },
  [SurveysErrorCode.SURVEY_ALREADY_ANSWERED]: {
    status: 409,
    title: 'This application is already rated: once per application',
    localizedTitle: {
      kk: 'Бұл өтініш бағаланған: бір өтінішке бір рет',
      ru: 'Это заявление уже оценено: один раз на заявление',
    },
  },
});
