import { Injectable } from '@nestjs/common';
import { SignatureVerifier, signatureError, type JsonValue } from '@kzps/signature';
import { applicationsError, ApplicationsErrorCode } from '../applications/applications.errors';

/** What the provider signs for an electronic result: the document's hash bound to this application. */
export function resultSignedContent(applicationId: string, documentSha256: string): JsonValue {
  return { applicationId, form: 'electronic_document', documentSha256 };
}

export interface VerifiedResultSignature {
  certificateSerial: string;
  verifiedAt: string;
}

/**
 * Art. 15.3, 5.3.2: an electronic result is the provider's electronic document, signed by the provider. The
 * service receives the document's SHA-256, not the document, so the provider signs (CMS detached, as the
 * portal's requests) the canonical form of `{ applicationId, form, documentSha256 }`: a signature made for
 * another application or another document does not verify. The certificate must be a legal entity's whose
 * BIN is the provider organisation's, as the registry lists it; an officer's personal certificate is not the
 * organisation's signature.
 */
@Injectable()
export class ResultSignatures {
  constructor(private readonly signatures: SignatureVerifier) {}

  async verify(input: {
    applicationId: string;
    documentSha256: string;
    signatureCms: string;
    providerBin: string | null;
    at: Date;
  }): Promise<VerifiedResultSignature> {
    const verdict = await this.signatures.verify({
      signedContent: resultSignedContent(input.applicationId, input.documentSha256),
      signatureCms: input.signatureCms,
      at: input.at,
    });
    if (!verdict.valid) throw signatureError(verdict.reason, verdict.detail);
    const { signer } = verdict;
    // An individual provider (Art. 5.2.2) has no BIN in the registry's events: nothing to match a certificate to.
    if (signer.kind !== 'legal_entity' || input.providerBin === null || signer.bin !== input.providerBin) {
      throw applicationsError(ApplicationsErrorCode.RESULT_SIGNER_NOT_PROVIDER);
    }
    return {
      certificateSerial: verdict.certificate.serialNumber,
      verifiedAt: input.at.toISOString(),
    };
  }
}
