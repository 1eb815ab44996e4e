import { domainErrors, type ProblemSpec } from '@kzps/platform';

export type AuthErrorCode =
  | 'UNAUTHORIZED'
  | 'TOKEN_EXPIRED'
  | 'TOKEN_INVALID'
  | 'FORBIDDEN_ROLE'
  | 'FORBIDDEN_ORGANIZATION'
  | 'FORBIDDEN_SUBJECT'
  | 'IDENTITY_PROVIDER_UNAVAILABLE';

export const authProblems: Record<AuthErrorCode, ProblemSpec> = {
  UNAUTHORIZED: {
    status: 401,
    title: 'Authentication is required',
    localizedTitle: { kk: 'Аутентификация қажет', ru: 'Требуется аутентификация' },
  },
  TOKEN_EXPIRED: {
    status: 401,
    title: 'The access token has expired',
    localizedTitle: { kk: 'Қолжетімділік токенінің мерзімі өтті', ru: 'Срок действия токена доступа истёк' },
  },
  TOKEN_INVALID: {
    status: 401,
    title: 'The access token is not valid',
    localizedTitle: { kk: 'Қолжетімділік токені жарамсыз', ru: 'Токен доступа недействителен' },
  },
  FORBIDDEN_ROLE: {
    status: 403,
    title: 'Your role does not allow this action',
    localizedTitle: {
      kk: 'Сіздің рөліңіз бұл әрекетке рұқсат бермейді',
      ru: 'Ваша роль не позволяет выполнить это действие',
    },
  },
  FORBIDDEN_ORGANIZATION: {
    status: 403,
    title: 'The resource belongs to another organisation',
    localizedTitle: { kk: 'Ресурс басқа ұйымға тиесілі', ru: 'Ресурс принадлежит другой организации' },
  },
  FORBIDDEN_SUBJECT: {
    status: 403,
    title: 'The resource belongs to another person',
    localizedTitle: { kk: 'Ресурс басқа тұлғаға тиесілі', ru: 'Ресурс принадлежит другому лицу' },
  },
  IDENTITY_PROVIDER_UNAVAILABLE: {
    status: 503,
    title: 'The identity provider cannot be reached',
    localizedTitle: {
      kk: 'Сәйкестендіру провайдері қолжетімсіз',
      ru: 'Поставщик идентификации недоступен',
    },
  },
};

export const authError = domainErrors(authProblems);
