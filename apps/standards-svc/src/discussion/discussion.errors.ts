import { domainErrors } from '@kzps/platform';

export type DiscussionErrorCode =
  | 'DRAFT_INCOMPLETE'
  | 'DISCUSSION_NOT_OPEN'
  | 'DISCUSSION_WINDOW_CLOSED'
  | 'DISCUSSION_STILL_OPEN'
  | 'ANONYMOUS_PROPOSAL'
  | 'PROPOSAL_NOT_FOUND'
  | 'OUTCOMES_MISSING'
  | 'SUMMARIES_MISSING'
  | 'NOTICE_ALREADY_PUBLISHED'
  | 'NOTICE_NOT_FOUND';

export const discussionError = domainErrors<DiscussionErrorCode>({
  DRAFT_INCOMPLETE: {
    status: 422,
    title: 'The draft lacks items a standard must contain',
    localizedTitle: {
      kk: 'Жобада стандартқа қажетті тармақтар жоқ',
      ru: 'В проекте нет обязательных пунктов стандарта',
    },
  },
  DISCUSSION_NOT_OPEN: {
    status: 409,
    title: 'The draft is not in public discussion',
    localizedTitle: { kk: 'Жоба жария талқылауда емес', ru: 'Проект не находится на публичном обсуждении' },
  },
  DISCUSSION_WINDOW_CLOSED: {
    status: 409,
    title: 'The public discussion window has closed; later proposals are not considered',
    localizedTitle: {
      kk: 'Жария талқылау мерзімі аяқталды; кейінгі ұсыныстар қаралмайды',
      ru: 'Срок публичного обсуждения истёк; поступившие позже предложения не рассматриваются',
    },
  },
  DISCUSSION_STILL_OPEN: {
    status: 409,
    title: 'The public discussion is still open',
    localizedTitle: { kk: 'Жария талқылау әлі жүріп жатыр', ru: 'Публичное обсуждение ещё продолжается' },
  },
  ANONYMOUS_PROPOSAL: {
    status: 401,
    title: 'Anonymous proposals are not considered',
    localizedTitle: {
      kk: 'Жасырын ұсыныстар қаралмайды',
      ru: 'Анонимные предложения не рассматриваются',
    },
  },
  PROPOSAL_NOT_FOUND: {
    status: 404,
    title: 'No such proposal',
    localizedTitle: { kk: 'Мұндай ұсыныс жоқ', ru: 'Предложение не найдено' },
  },
  OUTCOMES_MISSING: {
    status: 409,
    title: 'Some proposals have no recorded outcome yet',
    localizedTitle: {
      kk: 'Кейбір ұсыныстардың нәтижесі әлі жазылмаған',
      ru: 'По некоторым предложениям ещё не принято решение',
    },
  },
  SUMMARIES_MISSING: {
    status: 409,
    title: 'Some proposals have no short summary for the notice',
    localizedTitle: {
      kk: 'Кейбір ұсыныстардың хабарламаға арналған қысқаша мазмұны жоқ',
      ru: 'Для некоторых предложений нет краткого содержания для уведомления',
    },
  },
  NOTICE_ALREADY_PUBLISHED: {
    status: 409,
    title: 'The completion notice has already been published',
    localizedTitle: {
      kk: 'Аяқталу туралы хабарлама жарияланған',
      ru: 'Уведомление о завершении уже опубликовано',
    },
  },
  NOTICE_NOT_FOUND: {
    status: 404,
    title: 'No completion notice has been published',
    localizedTitle: {
      kk: 'Аяқталу туралы хабарлама жарияланбаған',
      ru: 'Уведомление о завершении не опубликовано',
    },
  },
});
