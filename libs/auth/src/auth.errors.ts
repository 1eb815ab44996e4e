import { domainErrors, type DomainError, type ProblemSpec } from '@kzps/platform';
import type { Role } from './roles';

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

/** No token where one is needed: the guard, and CurrentIdentity on a public route. */
export const tokenRequired = (): DomainError => authError('UNAUTHORIZED', 'An access token is required');

/** A token without any of the roles the operation needs. */
export const roleRequired = (roles: readonly Role[]): DomainError =>
  authError('FORBIDDEN_ROLE', `One of these roles is required: ${roles.join(', ')}`);

/** The guard's answers to an operation for these roles, for its OpenAPI document: 401 and 403. */
export const guardProblems = (roles: readonly Role[]): DomainError[] => [
  tokenRequired(),
  roleRequired(roles),
];
