import { canonicalJson, NotCanonicalizableError, type JsonValue } from './canonical-json';
import { SIGNATURE_PROBLEMS, SignatureErrorCode, type SignatureRejection } from './signature.errors';
import type { Bilingual } from '@kzps/platform';

/** Who signed, as the certificate names them (NCA certificates: subject serialNumber and OU). */
export type SignerIdentity =
  | { kind: 'individual'; iin: string }
  /** A legal entity's certificate: its BIN, and the IIN of the employee holding the key when present. */
  | { kind: 'legal_entity'; bin: string; iin?: string };

/** The facts of the signing certificate a service keeps with the request. */
export interface SigningCertificate {
  /** Hexadecimal, lower case, as the issuing authority lists it (and as a CRL names it). */
  serialNumber: string;
  /** Personal data for an individual's certificate: stored with the request, never logged. */
  subjectCommonName?: string;
  issuerCommonName?: string;
  notBefore: Date;
  notAfter: Date;
}

export interface SignatureInput {
  /**
   * What the recipient signed: the request's bytes, or its JSON data, which is signed in canonical form
   * (`canonicalJson`, RFC 8785) as UTF-8. Pass the parsed request body without the signature itself.
   */
  signedContent: Buffer | JsonValue;
  /** Base64 of the DER of a CMS (PKCS#7) SignedData with one signer and detached content. */
  signatureCms: string;
  /** When the request was signed, from the service's clock: validity and revocation are judged then. */
  at: Date;
}

export interface AcceptedSignature {
  valid: true;
  signer: SignerIdentity;
  certificate: SigningCertificate;
  /** The signing time the signer's software put into the signature, if any: a claim, not a proof. */
  claimedSigningTime?: Date;
}

export interface RejectedSignature {
  valid: false;
  reason: SignatureRejection;
  /** For the operator and the logs: what exactly failed, in English, with no personal data. */
  detail: string;
}

export type SignatureVerification = AcceptedSignature | RejectedSignature;

/**
 * The port every signature check goes through (Art. 15.2), and the Nest injection token. An adapter returns
 * a verdict for a signature it could judge, and throws (`SIGNATURE_VERIFIER_UNAVAILABLE`) when it could not
 * judge at all, so an outage is never taken for a bad signature.
 */
export abstract class SignatureVerifier {
  async verify({ signedContent, signatureCms, at }: SignatureInput): Promise<SignatureVerification> {
    let content: Buffer;
    try {
      content = signedBytesOf(signedContent);
    } catch (error) {
      // JSON without a canonical form (a lone surrogate in a string) cannot be what the portal signed.
      if (!(error instanceof NotCanonicalizableError)) throw error;
      return rejected(
        SignatureErrorCode.ContentMismatch,
        `the request has no canonical form: ${error.message}`,
      );
    }
    return this.verifyBytes(content, signatureCms, at);
  }

  /** The adapter's check of a signature over exactly these bytes. */
  protected abstract verifyBytes(
    content: Buffer,
    signatureCms: string,
    at: Date,
  ): Promise<SignatureVerification>;
}

/** The bytes a signature must cover for the given content. */
export function signedBytesOf(content: Buffer | JsonValue): Buffer {
  return Buffer.isBuffer(content) ? content : Buffer.from(canonicalJson(content), 'utf8');
}

/** The IIN or BIN to compare with the applicant: the organisation's BIN for a legal entity's certificate. */
export function signerIdentifier(signer: SignerIdentity): string {
  return signer.kind === 'individual' ? signer.iin : signer.bin;
}

export function rejected(reason: SignatureRejection, detail: string): RejectedSignature {
  return { valid: false, reason, detail };
}

/** What the recipient reads about a refused signature, in Kazakh and Russian. */
export function rejectionText(reason: SignatureRejection): Bilingual {
  return SIGNATURE_PROBLEMS[reason].localizedTitle;
}
