import { commonProblems, domainErrors, type ProblemSpec } from '@kzps/platform';

/**
 * The gateway's own problems: what went wrong with the upstream service (`UPSTREAM_*`), and the platform's
 * common problems it answers at the edge (rate limit, body size, media type).
 */
export enum GatewayErrorCode {
  UpstreamUnavailable = 'UPSTREAM_UNAVAILABLE',
  UpstreamTimeout = 'UPSTREAM_TIMEOUT',
  UpstreamConnectionBroken = 'UPSTREAM_CONNECTION_BROKEN',
  TooManyRequests = 'TOO_MANY_REQUESTS',
  PayloadTooLarge = 'PAYLOAD_TOO_LARGE',
  UnsupportedMediaType = 'UNSUPPORTED_MEDIA_TYPE',
}

const gatewayProblems: Record<GatewayErrorCode, ProblemSpec> = {
  [GatewayErrorCode.UpstreamUnavailable]: {
    status: 503,
    title: 'The service is temporarily unavailable',
    localizedTitle: { kk: 'Қызмет уақытша қолжетімсіз', ru: 'Сервис временно недоступен' },
  },
  [GatewayErrorCode.UpstreamTimeout]: {
    status: 504,
    title: 'The service did not answer in time',
    localizedTitle: { kk: 'Қызмет уақытында жауап бермеді', ru: 'Сервис не ответил вовремя' },
  },
  [GatewayErrorCode.UpstreamConnectionBroken]: {
    status: 502,
    title: 'The service gave no valid answer',
    localizedTitle: { kk: 'Қызмет жарамды жауап бермеді', ru: 'Сервис не дал корректного ответа' },
  },
  [GatewayErrorCode.TooManyRequests]: commonProblems.TOO_MANY_REQUESTS,
  [GatewayErrorCode.PayloadTooLarge]: commonProblems.PAYLOAD_TOO_LARGE,
  [GatewayErrorCode.UnsupportedMediaType]: commonProblems.UNSUPPORTED_MEDIA_TYPE,
};

export const gatewayError = domainErrors<GatewayErrorCode>(gatewayProblems);
