import { domainErrors } from '@kzps/platform';

export type AgreementErrorCode =
  | 'NOT_IN_AGREEMENT'
  | 'APPROVAL_NOT_FOUND'
  | 'ALREADY_DECIDED'
  | 'NOT_THE_APPROVER'
  | 'APPROVER_UNKNOWN'
  | 'NOT_IN_REVISION'
  | 'ROUND_CLOSED';

export const agreementError = domainErrors<AgreementErrorCode>({
  NOT_IN_AGREEMENT: {
    status: 409,
    title: 'The draft is not in agreement',
    localizedTitle: { kk: 'Жоба келісуде емес', ru: 'Проект не находится на согласовании' },
  },
  APPROVAL_NOT_FOUND: {
    status: 404,
    title: 'No such approval',
    localizedTitle: { kk: 'Мұндай келісу жоқ', ru: 'Согласование не найдено' },
  },
  ALREADY_DECIDED: {
    status: 409,
    title: 'This body has already decided on this submission',
    localizedTitle: { kk: 'Бұл орган шешім қабылдап қойған', ru: 'Этот орган уже принял решение' },
  },
  NOT_THE_APPROVER: {
    status: 403,
    title: 'Only officers of the approving body may decide',
    localizedTitle: {
      kk: 'Шешімді тек келісуші органның лауазымды адамдары қабылдайды',
      ru: 'Решение принимают только должностные лица согласующего органа',
    },
  },
  APPROVER_UNKNOWN: {
    status: 409,
    title: 'A body that must agree the standard is not known to this service yet',
    localizedTitle: {
      kk: 'Стандартты келісуге тиіс орган әлі белгісіз',
      ru: 'Орган, который должен согласовать стандарт, ещё не известен',
    },
  },
  ROUND_CLOSED: {
    status: 409,
    title: 'This approval belongs to an earlier round of agreement',
    localizedTitle: {
      kk: 'Бұл келісу келісудің алдыңғы кезеңіне жатады',
      ru: 'Это согласование относится к предыдущему кругу согласования',
    },
  },
  NOT_IN_REVISION: {
    status: 409,
    title: 'Only a draft returned by an approver or refused registration can be resubmitted',
    localizedTitle: {
      kk: 'Тек қайтарылған немесе тіркеуден бас тартылған жобаны қайта жіберуге болады',
      ru: 'Повторно направить можно только возвращённый или не прошедший регистрацию проект',
    },
  },
});
