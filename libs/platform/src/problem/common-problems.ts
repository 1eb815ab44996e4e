import type { ProblemSpec } from './problem';

export type CommonProblemCode =
  | 'VALIDATION_FAILED'
  | 'MALFORMED_BODY'
  | 'UNSUPPORTED_MEDIA_TYPE'
  | 'PAYLOAD_TOO_LARGE'
  | 'URI_TOO_LONG'
  | 'HEADERS_TOO_LARGE'
  | 'REQUEST_TIMEOUT'
  | 'NOT_FOUND'
  | 'METHOD_NOT_ALLOWED'
  | 'UNAUTHORIZED'
  | 'FORBIDDEN'
  | 'CONFLICT'
  | 'TOO_MANY_REQUESTS'
  | 'BAD_REQUEST'
  | 'SERVICE_UNAVAILABLE'
  | 'INTERNAL_ERROR';

export const commonProblems: Record<CommonProblemCode, ProblemSpec> = {
  VALIDATION_FAILED: {
    status: 400,
    title: 'The request is not valid',
    localizedTitle: { kk: 'Сұрау жарамсыз', ru: 'Запрос некорректен' },
  },
  MALFORMED_BODY: {
    status: 400,
    title: 'The request body is not well-formed JSON',
    localizedTitle: { kk: 'Сұрау денесі дұрыс JSON емес', ru: 'Тело запроса не является корректным JSON' },
  },
  UNSUPPORTED_MEDIA_TYPE: {
    status: 415,
    title: 'The request body must be application/json',
    localizedTitle: {
      kk: 'Сұрау денесі application/json болуы керек',
      ru: 'Тело запроса должно быть application/json',
    },
  },
  PAYLOAD_TOO_LARGE: {
    status: 413,
    title: 'The request body is too large',
    localizedTitle: { kk: 'Сұрау денесі тым үлкен', ru: 'Тело запроса слишком велико' },
  },
  URI_TOO_LONG: {
    status: 414,
    title: 'The URL is too long',
    localizedTitle: { kk: 'URL тым ұзын', ru: 'URL слишком длинный' },
  },
  HEADERS_TOO_LARGE: {
    status: 431,
    title: 'The request headers or query are too large',
    localizedTitle: {
      kk: 'Сұрау тақырыптары немесе параметрлері тым үлкен',
      ru: 'Заголовки или параметры запроса слишком велики',
    },
  },
  REQUEST_TIMEOUT: {
    status: 408,
    title: 'The request was not received in time',
    localizedTitle: { kk: 'Сұрау уақытында алынбады', ru: 'Запрос не получен вовремя' },
  },
  NOT_FOUND: {
    status: 404,
    title: 'Not found',
    localizedTitle: { kk: 'Табылмады', ru: 'Не найдено' },
  },
  METHOD_NOT_ALLOWED: {
    status: 405,
    title: 'Method not allowed',
    localizedTitle: { kk: 'Әдіске рұқсат жоқ', ru: 'Метод не разрешён' },
  },
  UNAUTHORIZED: {
    status: 401,
    title: 'Authentication is required',
    localizedTitle: { kk: 'Аутентификация қажет', ru: 'Требуется аутентификация' },
  },
  FORBIDDEN: {
    status: 403,
    title: 'Not allowed for this user',
    localizedTitle: { kk: 'Бұл пайдаланушыға рұқсат етілмеген', ru: 'Недоступно для этого пользователя' },
  },
  CONFLICT: {
    status: 409,
    title: 'The request conflicts with the current state',
    localizedTitle: { kk: 'Сұрау ағымдағы күйге қайшы', ru: 'Запрос противоречит текущему состоянию' },
  },
  TOO_MANY_REQUESTS: {
    status: 429,
    title: 'Too many requests',
    localizedTitle: { kk: 'Сұраулар тым көп', ru: 'Слишком много запросов' },
  },
  BAD_REQUEST: {
    status: 400,
    title: 'Bad request',
    localizedTitle: { kk: 'Қате сұрау', ru: 'Некорректный запрос' },
  },
  SERVICE_UNAVAILABLE: {
    status: 503,
    title: 'The service is temporarily unavailable',
    localizedTitle: { kk: 'Қызмет уақытша қолжетімсіз', ru: 'Сервис временно недоступен' },
  },
  INTERNAL_ERROR: {
    status: 500,
    title: 'Internal error',
    localizedTitle: { kk: 'Ішкі қате', ru: 'Внутренняя ошибка' },
  },
};

const byStatus: Partial<Record<number, CommonProblemCode>> = {
  400: 'BAD_REQUEST',
  401: 'UNAUTHORIZED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  405: 'METHOD_NOT_ALLOWED',
  408: 'REQUEST_TIMEOUT',
  409: 'CONFLICT',
  413: 'PAYLOAD_TOO_LARGE',
  414: 'URI_TOO_LONG',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  429: 'TOO_MANY_REQUESTS',
  431: 'HEADERS_TOO_LARGE',
  503: 'SERVICE_UNAVAILABLE',
};

export function commonCodeForStatus(status: number): CommonProblemCode {
  return byStatus[status] ?? (status >= 500 ? 'INTERNAL_ERROR' : 'BAD_REQUEST');
}
