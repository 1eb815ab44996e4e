import { domainErrors, type DomainError, type ProblemSpec } from '@kzps/platform';
import type { Role } from './roles';

export enum AuthErrorCode {
  Unauthorized = 'UNAUTHORIZED',
  TokenExpired = 'TOKEN_EXPIRED',
  TokenInvalid = 'TOKEN_INVALID',
  RoleForbidden = 'ROLE_FORBIDDEN',
  OrganizationForbidden = 'ORGANIZATION_FORBIDDEN',
  SubjectForbidden = 'SUBJECT_FORBIDDEN',
  IdentityProviderUnavailable = 'IDENTITY_PROVIDER_UNAVAILABLE',
}

export const authProblems: Record<AuthErrorCode, ProblemSpec> = {
  [AuthErrorCode.Unauthorized]: {
    status: 401,
    title: 'Authentication is required',
    localizedTitle: { kk: 'Аутентификация қажет', ru: 'Требуется аутентификация' },
  },
  [AuthErrorCode.TokenExpired]: {
    status: 401,
    title: 'The access token has expired',
    localizedTitle: { kk: 'Қолжетімділік токенінің мерзімі өтті', ru: 'Срок действия токена доступа истёк' },
  },
  [AuthErrorCode.TokenInvalid]: {
    status: 401,
    title: 'The access token is not valid',
    localizedTitle: { kk: 'Қолжетімділік токені жарамсыз', ru: 'Токен доступа недействителен' },
  },
  [AuthErrorCode.RoleForbidden]: {
    status: 403,
    title: 'Your role does not allow this action',
    localizedTitle: {
      kk: 'Сіздің рөліңіз бұл әрекетке рұқсат бермейді',
      ru: 'Ваша роль не позволяет выполнить это действие',
    },
  },
  [AuthErrorCode.OrganizationForbidden]: {
    status: 403,
    title: 'The resource belongs to another organisation',
    localizedTitle: { kk: 'Ресурс басқа ұйымға тиесілі', ru: 'Ресурс принадлежит другой организации' },
  },
  [AuthErrorCode.SubjectForbidden]: {
    status: 403,
    title: 'The resource belongs to another person',
    localizedTitle: { kk: 'Ресурс басқа тұлғаға тиесілі', ru: 'Ресурс принадлежит другому лицу' },
  },
  [AuthErrorCode.IdentityProviderUnavailable]: {
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
export const tokenRequired = (): DomainError =>
  authError(AuthErrorCode.Unauthorized, 'An access token is required');

/** A token without any of the roles the operation needs. */
export const roleRequired = (roles: readonly Role[]): DomainError =>
  authError(AuthErrorCode.RoleForbidden, `One of these roles is required: ${roles.join(', ')}`);

/** The guard's answers to an operation for these roles, for its OpenAPI document: 401 and 403. */
export const guardProblems = (roles: readonly Role[]): DomainError[] => [
  tokenRequired(),
  roleRequired(roles),
];
