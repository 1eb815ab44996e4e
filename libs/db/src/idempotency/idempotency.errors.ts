import { domainErrors } from '@kzps/platform';

export enum IdempotencyErrorCode {
  KeyInvalid = 'IDEMPOTENCY_KEY_INVALID',
  KeyReused = 'IDEMPOTENCY_KEY_REUSED',
}

export const idempotencyError = domainErrors<IdempotencyErrorCode>({
  [IdempotencyErrorCode.KeyInvalid]: {
    status: 400,
    title: 'The Idempotency-Key header must be 1 to 255 visible ASCII characters',
    localizedTitle: {
      kk: 'Idempotency-Key тақырыбы 1-ден 255-ке дейін көрінетін ASCII таңбасынан тұруы керек',
      ru: 'Заголовок Idempotency-Key должен содержать от 1 до 255 видимых символов ASCII',
    },
  },
  [IdempotencyErrorCode.KeyReused]: {
    status: 422,
    title: 'This Idempotency-Key was already used for another request',
    localizedTitle: {
      kk: 'Бұл Idempotency-Key басқа сұрауға пайдаланылған',
      ru: 'Этот Idempotency-Key уже использован для другого запроса',
    },
  },
});
