import { SignatureErrorCode, signatureError } from '../signature.errors';
import { rejected, SignatureVerifier, type SignatureVerification } from '../signature-verifier';
import { signerIdentityOf } from '../signer-identity';

/** Where and how to reach an NCANode-style verification service. */
export interface NcaNodeOptions {
  /** The service's base URL; `/cms/verify` is appended. */
  url: string;
  /** How long to wait for an answer before the request is refused as "verifier unavailable". */
  timeoutMs: number;
  /** Which revocation sources the service consults: NCA publishes both OCSP and CRLs. */
  revocationCheck?: Array<'OCSP' | 'CRL'>;
}

/** The parts of NCANode's `/cms/verify` answer this adapter reads; unknown fields are ignored. */
interface NcaNodeCertificate {
  valid: boolean;
  revocations: Array<{ revoked: boolean }>;
  notBefore: Date;
  notAfter: Date;
  keyUsage: string;
  serialNumber: string;
  subject: { commonName?: string; iin?: string; bin?: string };
  issuer: { commonName?: string };
}

interface NcaNodeSigner {
  certificates: NcaNodeCertificate[];
  /** ETSI EN 319 102-1 sub-indication, in NCANode versions that grade AdES signatures. */
  subIndication?: string;
}

interface NcaNodeVerification {
  valid: boolean;
  signers: NcaNodeSigner[];
}

const INVALID_SIGNATURE_INDICATIONS = new Set([
  'NO_SIGNING_CERTIFICATE_FOUND',
  'SIG_CRYPTO_FAILURE',
  'CERT_HASH_MISMATCH',
  'FORMAT_FAILURE',
  'TIMESTAMP_INVALID',
]);
const REVOKED_INDICATIONS = new Set(['CERT_REVOKED', 'REVOKED_NO_POE']);

// NCANode answers 400 when the CMS cannot be checked at all; a detached content whose digest differs from the
// signed one is reported so, by the message of the underlying CMS exception.
const DIGEST_MISMATCH_MESSAGE = /message[- ]digest/i;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function optionalString(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function dateOf(value: unknown): Date | undefined {
  if (typeof value !== 'string') return undefined;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

function parseCertificate(value: unknown): NcaNodeCertificate | undefined {
  if (!isRecord(value) || typeof value['valid'] !== 'boolean') return undefined;
  const notBefore = dateOf(value['notBefore']);
  const notAfter = dateOf(value['notAfter']);
  const subject = value['subject'];
  const issuer = isRecord(value['issuer']) ? value['issuer'] : {};
  const revocations = Array.isArray(value['revocations']) ? value['revocations'] : [];
  if (!notBefore || !notAfter || !isRecord(subject) || typeof value['serialNumber'] !== 'string')
    return undefined;
  const subjectCommonName = optionalString(subject['commonName']);
  const iin = optionalString(subject['iin']);
  const bin = optionalString(subject['bin']);
  const issuerCommonName = optionalString(issuer['commonName']);
  return {
    valid: value['valid'],
    revocations: revocations.map((item) => ({ revoked: isRecord(item) && item['revoked'] === true })),
    notBefore,
    notAfter,
    keyUsage: optionalString(value['keyUsage']) ?? 'UNKNOWN',
    serialNumber: value['serialNumber'].toLowerCase(),
    subject: {
      ...(subjectCommonName ? { commonName: subjectCommonName } : {}),
      ...(iin ? { iin } : {}),
      ...(bin ? { bin } : {}),
    },
    issuer: issuerCommonName ? { commonName: issuerCommonName } : {},
  };
}

function parseVerification(value: unknown): NcaNodeVerification | undefined {
  if (!isRecord(value) || typeof value['valid'] !== 'boolean' || !Array.isArray(value['signers']))
    return undefined;
  const signers: NcaNodeSigner[] = [];
  for (const signer of value['signers']) {
    if (!isRecord(signer) || !Array.isArray(signer['certificates'])) return undefined;
    const certificates = signer['certificates'].map(parseCertificate);
    if (certificates.some((certificate) => certificate === undefined)) return undefined;
    const subIndication = optionalString(signer['subIndication']);
    signers.push({
      certificates: certificates as NcaNodeCertificate[],
      ...(subIndication ? { subIndication } : {}),
    });
  }
  return { valid: value['valid'], signers };
}

/** NCANode's verdict in this library's terms, the same order of checks as the in-process verifier. */
function verdictOf(answer: NcaNodeVerification, at: Date): SignatureVerification {
  const [signer, ...others] = answer.signers;
  if (!signer || others.length > 0) {
    return rejected(
      SignatureErrorCode.Invalid,
      `expected one signer, the service found ${answer.signers.length}`,
    );
  }
  // The signer's own certificate comes first; the rest, if any, is its chain.
  const [certificate] = signer.certificates;
  if (!certificate) return rejected(SignatureErrorCode.Invalid, 'the service found no signer certificate');
  const indication = signer.subIndication;
  if (indication !== undefined && INVALID_SIGNATURE_INDICATIONS.has(indication)) {
    return rejected(SignatureErrorCode.Invalid, `the service graded the signature ${indication}`);
  }
  if (indication === 'CHAIN_INCOMPLETE') {
    return rejected(SignatureErrorCode.CertificateUntrusted, 'the service built no path to a trusted root');
  }
  if (at < certificate.notBefore) {
    return rejected(
      SignatureErrorCode.CertificateNotYetValid,
      'the signing certificate is not valid yet at the signing time',
    );
  }
  if (at > certificate.notAfter) {
    return rejected(
      SignatureErrorCode.CertificateExpired,
      'the signing certificate expired before the signing time',
    );
  }
  if (
    (indication !== undefined && REVOKED_INDICATIONS.has(indication)) ||
    certificate.revocations.some((r) => r.revoked)
  ) {
    return rejected(
      SignatureErrorCode.CertificateRevoked,
      'the service reports the signing certificate revoked',
    );
  }
  if (indication === 'REVOCATION_DATA_MISSING') {
    return rejected(
      SignatureErrorCode.CertificateRevocationUnknown,
      'the service had no revocation data for the signing time',
    );
  }
  if (!certificate.valid) {
    return rejected(
      SignatureErrorCode.CertificateUntrusted,
      'the service does not accept the signing certificate',
    );
  }
  if (!answer.valid) return rejected(SignatureErrorCode.Invalid, 'the service does not accept the signature');
  // NCA issues separate keys for signing (SIGN) and for authentication (AUTH).
  if (certificate.keyUsage !== 'SIGN') {
    return rejected(
      SignatureErrorCode.CertificateKeyUsage,
      `the certificate's key usage is ${certificate.keyUsage}`,
    );
  }
  const identity = signerIdentityOf(certificate.subject, at);
  if (!identity)
    return rejected(SignatureErrorCode.SignerIdentityMissing, 'the certificate names no valid IIN or BIN');
  return {
    valid: true,
    signer: identity,
    certificate: {
      serialNumber: certificate.serialNumber,
      ...(certificate.subject.commonName ? { subjectCommonName: certificate.subject.commonName } : {}),
      ...(certificate.issuer.commonName ? { issuerCommonName: certificate.issuer.commonName } : {}),
      notBefore: certificate.notBefore,
      notAfter: certificate.notAfter,
    },
  };
}

/**
 * Verifies through a national verification service with NCANode's HTTP API (`POST /cms/verify`), which
 * checks GOST signatures with the NCA's own provider. An answer that is no verdict (a timeout, a 5xx, a body
 * that is not a verification) throws `SIGNATURE_VERIFIER_UNAVAILABLE` instead of refusing the signature.
 */
export class NcaNodeSignatureVerifier extends SignatureVerifier {
  private readonly endpoint: string;

  constructor(private readonly options: NcaNodeOptions) {
    super();
    this.endpoint = new URL(
      'cms/verify',
      options.url.endsWith('/') ? options.url : `${options.url}/`,
    ).toString();
  }

  protected async verifyBytes(
    content: Buffer,
    signatureCms: string,
    at: Date,
  ): Promise<SignatureVerification> {
    const { status, body } = await this.post({
      cms: signatureCms,
      data: content.toString('base64'),
      revocationCheck: this.options.revocationCheck ?? ['OCSP'],
    });
    if (status >= 400 && status < 500) {
      const message = isRecord(body) ? (optionalString(body['message']) ?? '') : '';
      return DIGEST_MISMATCH_MESSAGE.test(message)
        ? rejected(
            SignatureErrorCode.ContentMismatch,
            'the service reports the content digest differs from the signed one',
          )
        : rejected(SignatureErrorCode.Invalid, `the service could not check the signature (HTTP ${status})`);
    }
    const answer = status === 200 ? parseVerification(body) : undefined;
    if (!answer) {
      throw signatureError(
        SignatureErrorCode.VerifierUnavailable,
        `the verification service answered HTTP ${status} without a verdict`,
      );
    }
    return verdictOf(answer, at);
  }

  private async post(request: object): Promise<{ status: number; body: unknown }> {
    try {
      const response = await fetch(this.endpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify(request),
        signal: AbortSignal.timeout(this.options.timeoutMs),
      });
      const text = await response.text();
      let body: unknown;
      try {
        body = JSON.parse(text);
      } catch {
        body = undefined;
      }
      return { status: response.status, body };
    } catch (error) {
      throw signatureError(
        SignatureErrorCode.VerifierUnavailable,
        `the verification service did not answer: ${error instanceof Error ? error.name : String(error)}`,
      );
    }
  }
}
