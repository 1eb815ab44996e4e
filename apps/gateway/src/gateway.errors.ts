import { commonProblems, domainErrors, type ProblemSpec } from '@kzps/platform';

export type GatewayErrorCode =
  | 'UPSTREAM_UNAVAILABLE'
  | 'UPSTREAM_TIMEOUT'
  | 'BAD_GATEWAY'
  | 'TOO_MANY_REQUESTS'
  | 'PAYLOAD_TOO_LARGE'
  | 'UNSUPPORTED_MEDIA_TYPE';

export const gatewayProblems: Record<GatewayErrorCode, ProblemSpec> = {
  UPSTREAM_UNAVAILABLE: {
    status: 503,
    title: 'The service is temporarily unavailable',
    localizedTitle: { kk: 'Қызмет уақытша қолжетімсіз', ru: 'Сервис временно недоступен' },
  },
  UPSTREAM_TIMEOUT: {
    status: 504,
    title: 'The service did not answer in time',
    localizedTitle: { kk: 'Қызмет уақытында жауап бермеді', ru: 'Сервис не ответил вовремя' },
  },
  BAD_GATEWAY: {
    status: 502,
    title: 'The service gave no valid answer',
    localizedTitle: { kk: 'Қызмет жарамды жауап бермеді', ru: 'Сервис не дал корректного ответа' },
  },
  TOO_MANY_REQUESTS: commonProblems.TOO_MANY_REQUESTS,
  PAYLOAD_TOO_LARGE: commonProblems.PAYLOAD_TOO_LARGE,
  UNSUPPORTED_MEDIA_TYPE: commonProblems.UNSUPPORTED_MEDIA_TYPE,
};

export const gatewayError = domainErrors(gatewayProblems);
