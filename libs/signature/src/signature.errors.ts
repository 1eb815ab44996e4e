import { domainErrors, type ProblemSpec } from '@kzps/platform';

/**
 * Why an electronic request's signature is not accepted (Art. 15.2: the electronic form needs the
 * recipient's electronic digital signature and IIN or BIN). Each code is also a result reason of
 * `SignatureVerifier`.
 */
export enum SignatureErrorCode {
  /** Not a CMS SignedData with one signer, no signer certificate, or the signature value does not verify. */
  Invalid = 'SIGNATURE_INVALID',
  /** The signature is over other bytes than the request: the body was changed after signing. */
  ContentMismatch = 'SIGNATURE_CONTENT_MISMATCH',
  /** The signature uses an algorithm this verifier cannot check (GOST in the in-process verifier). */
  AlgorithmUnsupported = 'SIGNATURE_ALGORITHM_UNSUPPORTED',
  /** No path from the signer's certificate to a configured trust anchor. */
  CertificateUntrusted = 'CERTIFICATE_UNTRUSTED',
  CertificateExpired = 'CERTIFICATE_EXPIRED',
  CertificateNotYetValid = 'CERTIFICATE_NOT_YET_VALID',
  CertificateRevoked = 'CERTIFICATE_REVOKED',
  /** The issuer's revocation list ran out (its next update is past), so revocation cannot be ruled out. */
  CertificateRevocationUnknown = 'CERTIFICATE_REVOCATION_UNKNOWN',
  /** The certificate is not for signing (no digitalSignature / nonRepudiation: an authentication key). */
  CertificateKeyUsage = 'CERTIFICATE_KEY_USAGE',
  /** The certificate names no valid IIN or BIN, so the signer cannot be compared with the applicant. */
  SignerIdentityMissing = 'SIGNER_IDENTITY_MISSING',
  /** The national verification service did not answer; the request may be sent again. */
  VerifierUnavailable = 'SIGNATURE_VERIFIER_UNAVAILABLE',
}

/** A reason a signature is refused: every code but the verifier being unavailable, which is no verdict. */
export type SignatureRejection = Exclude<SignatureErrorCode, SignatureErrorCode.VerifierUnavailable>;

export const SIGNATURE_PROBLEMS: Record<SignatureErrorCode, ProblemSpec> = {
  [SignatureErrorCode.Invalid]: {
    status: 422,
    title: 'The electronic digital signature is not valid',
    localizedTitle: {
      kk: 'Электрондық цифрлық қолтаңба жарамсыз',
      ru: 'Электронная цифровая подпись недействительна',
    },
  },
  [SignatureErrorCode.ContentMismatch]: {
    status: 422,
    title: 'The signature does not match the request: it was changed after signing',
    localizedTitle: {
      kk: 'Қолтаңба сұрауға сәйкес келмейді: сұрау қол қойылғаннан кейін өзгертілген',
      ru: 'Подпись не соответствует запросу: запрос изменён после подписания',
    },
  },
  [SignatureErrorCode.AlgorithmUnsupported]: {
    status: 422,
    title: 'The signature algorithm is not supported',
    localizedTitle: {
      kk: 'Қолтаңба алгоритмі қолдау көрсетілмейді',
      ru: 'Алгоритм подписи не поддерживается',
    },
  },
  [SignatureErrorCode.CertificateUntrusted]: {
    status: 422,
    title: 'The signing certificate was not issued by a trusted certification authority',
    localizedTitle: {
      kk: 'Қолтаңба сертификатын сенімді куәландырушы орталық бермеген',
      ru: 'Сертификат подписи выдан не доверенным удостоверяющим центром',
    },
  },
  [SignatureErrorCode.CertificateExpired]: {
    status: 422,
    title: 'The signing certificate had expired at the time of signing',
    localizedTitle: {
      kk: 'Қол қойылған кезде қолтаңба сертификатының мерзімі өтіп кеткен',
      ru: 'На момент подписания срок действия сертификата истёк',
    },
  },
  [SignatureErrorCode.CertificateNotYetValid]: {
    status: 422,
    title: 'The signing certificate was not yet valid at the time of signing',
    localizedTitle: {
      kk: 'Қол қойылған кезде қолтаңба сертификаты әлі күшіне енбеген',
      ru: 'На момент подписания сертификат ещё не вступил в действие',
    },
  },
  [SignatureErrorCode.CertificateRevoked]: {
    status: 422,
    title: 'The signing certificate has been revoked',
    localizedTitle: {
      kk: 'Қолтаңба сертификаты кері қайтарылған',
      ru: 'Сертификат подписи отозван',
    },
  },
  [SignatureErrorCode.CertificateRevocationUnknown]: {
    status: 422,
    title: 'Whether the signing certificate is revoked cannot be checked now',
    localizedTitle: {
      kk: 'Қолтаңба сертификатының кері қайтарылғанын қазір тексеру мүмкін емес',
      ru: 'Сейчас невозможно проверить, не отозван ли сертификат подписи',
    },
  },
  [SignatureErrorCode.CertificateKeyUsage]: {
    status: 422,
    title: 'The certificate is not a signing certificate',
    localizedTitle: {
      kk: 'Сертификат қол қоюға арналмаған (бұл аутентификация кілті)',
      ru: 'Сертификат не предназначен для подписи (это ключ аутентификации)',
    },
  },
  [SignatureErrorCode.SignerIdentityMissing]: {
    status: 422,
    title: 'The signing certificate names no valid IIN or BIN',
    localizedTitle: {
      kk: 'Қолтаңба сертификатында жарамды ЖСН немесе БСН жоқ',
      ru: 'В сертификате подписи нет действительного ИИН или БИН',
    },
  },
  [SignatureErrorCode.VerifierUnavailable]: {
    status: 503,
    title: 'The signature verification service is unavailable; try again later',
    localizedTitle: {
      kk: 'Қолтаңбаны тексеру қызметі қолжетімсіз; кейінірек қайталап көріңіз',
      ru: 'Сервис проверки подписи недоступен; повторите попытку позже',
    },
  },
};

export const signatureError = domainErrors<SignatureErrorCode>(SIGNATURE_PROBLEMS);
