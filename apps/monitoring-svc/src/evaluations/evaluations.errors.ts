import { domainErrors } from '@kzps/platform';

/** Every problem the evaluation answers with, subject first (docs/architecture.md D24). */
export enum EvaluationsErrorCode {
  EVALUATION_NOT_FOUND = 'EVALUATION_NOT_FOUND',
  EVALUATION_METHODOLOGY_NOT_FOUND = 'EVALUATION_METHODOLOGY_NOT_FOUND',
  EVALUATION_METHODOLOGY_NONE = 'EVALUATION_METHODOLOGY_NONE',
  EVALUATION_WEIGHTS_NOT_100 = 'EVALUATION_WEIGHTS_NOT_100',
  EVALUATION_CRITERION_REPEATED = 'EVALUATION_CRITERION_REPEATED',
  EVALUATION_CRITERION_WORST_MISSING = 'EVALUATION_CRITERION_WORST_MISSING',
  EVALUATION_BANDS_INVALID = 'EVALUATION_BANDS_INVALID',
  EVALUATION_METHODOLOGY_DATE_INVALID = 'EVALUATION_METHODOLOGY_DATE_INVALID',
  EVALUATION_YEAR_NOT_OVER = 'EVALUATION_YEAR_NOT_OVER',
  EVALUATION_YEAR_PUBLISHED = 'EVALUATION_YEAR_PUBLISHED',
  EVALUATION_YEAR_EMPTY = 'EVALUATION_YEAR_EMPTY',
}

export const evaluationsError = domainErrors<EvaluationsErrorCode>({
  [EvaluationsErrorCode.EVALUATION_NOT_FOUND]: {
    status: 404,
    title: 'No such evaluation',
    localizedTitle: { kk: 'Мұндай бағалау жоқ', ru: 'Такой оценки нет' },
  },
  [EvaluationsErrorCode.EVALUATION_METHODOLOGY_NOT_FOUND]: {
    status: 404,
    title: 'No such version of the methodology',
    localizedTitle: { kk: 'Әдістеменің мұндай нұсқасы жоқ', ru: 'Такой версии методики нет' },
  },
  [EvaluationsErrorCode.EVALUATION_METHODOLOGY_NONE]: {
    status: 409,
    title: 'No methodology adopted by the start of that year: the quality authority adopts one first',
    localizedTitle: {
      kk: 'Сол жылдың басына әдістеме бекітілмеген: алдымен сапа жөніндегі уәкілетті орган бекітеді',
      ru: 'К началу года методика не утверждена: сначала ее утверждает уполномоченный орган по качеству',
    },
  },
  [EvaluationsErrorCode.EVALUATION_WEIGHTS_NOT_100]: {
    status: 422,
    title: 'The criteria’s weights must add up to 100',
    localizedTitle: {
      kk: 'Өлшемшарттардың салмақтарының қосындысы 100 болуы керек',
      ru: 'Сумма весов критериев должна быть равна 100',
    },
  },
  [EvaluationsErrorCode.EVALUATION_CRITERION_REPEATED]: {
    status: 422,
    title: 'A criterion is weighed once',
    localizedTitle: { kk: 'Өлшемшарт бір рет бағаланады', ru: 'Критерий учитывается один раз' },
  },
  [EvaluationsErrorCode.EVALUATION_CRITERION_WORST_MISSING]: {
    status: 422,
    title: 'A criterion where fewer is better needs its worst figure (where its score reaches 0)',
    localizedTitle: {
      kk: 'Азы жақсы өлшемшартқа ең нашар мән керек (бағасы 0 болатын)',
      ru: 'Для критерия «чем меньше, тем лучше» нужно худшее значение (при котором оценка равна 0)',
    },
  },
  [EvaluationsErrorCode.EVALUATION_BANDS_INVALID]: {
    status: 422,
    title: 'Score bands need distinct codes and floors, one of them 0',
    localizedTitle: {
      kk: 'Бағалау деңгейлерінің кодтары мен төменгі шектері әртүрлі, біреуі 0 болуы керек',
      ru: 'У уровней оценки должны быть разные коды и нижние границы, одна из них 0',
    },
  },
  [EvaluationsErrorCode.EVALUATION_METHODOLOGY_DATE_INVALID]: {
    status: 422,
    title: 'A methodology is adopted today or earlier, and not before the version it replaces',
    localizedTitle: {
      kk: 'Әдістеме бүгін немесе ертерек, алдыңғы нұсқадан кейін бекітіледі',
      ru: 'Методика утверждается сегодня или раньше, но не раньше заменяемой версии',
    },
  },
  [EvaluationsErrorCode.EVALUATION_YEAR_NOT_OVER]: {
    status: 409,
    title: 'A year is evaluated once it is over',
    localizedTitle: { kk: 'Жыл аяқталғаннан кейін бағаланады', ru: 'Год оценивается после его окончания' },
  },
  [EvaluationsErrorCode.EVALUATION_YEAR_PUBLISHED]: {
    status: 409,
    title: 'That year’s evaluation is already published',
    localizedTitle: { kk: 'Сол жылдың бағалауы жарияланған', ru: 'Оценка за этот год уже опубликована' },
  },
  [EvaluationsErrorCode.EVALUATION_YEAR_EMPTY]: {
    status: 409,
    title: 'No owner has any figure for that year: there is nothing to evaluate',
    localizedTitle: {
      kk: 'Сол жылы бірде-бір иеде көрсеткіш жоқ: бағалайтын ештеңе жоқ',
      ru: 'Ни у одного владельца нет показателей за этот год: оценивать нечего',
    },
  },
});
