import * as asn1js from 'asn1js';
import {
  Certificate,
  CertificateChainValidationEngine,
  ContentInfo,
  IssuerAndSerialNumber,
  SignedData,
  type CertificateRevocationList,
  type SignerInfo,
} from 'pkijs';
import { SignatureErrorCode } from '../signature.errors';
import {
  rejected,
  SignatureVerifier,
  type RejectedSignature,
  type SignatureVerification,
  type SigningCertificate,
} from '../signature-verifier';
import { signerIdentityOf } from '../signer-identity';
import { cryptoEngine } from './crypto-engine';
import { hexOf, sameBytes } from './der';
import { TrustStore, type TrustConfiguration } from './trust-store';

const OID = {
  signedData: '1.2.840.113549.1.7.2',
  data: '1.2.840.113549.1.7.1',
  contentType: '1.2.840.113549.1.9.3',
  messageDigest: '1.2.840.113549.1.9.4',
  signingTime: '1.2.840.113549.1.9.5',
  rsaEncryption: '1.2.840.113549.1.1.1',
  keyUsage: '2.5.29.15',
  subjectKeyIdentifier: '2.5.29.14',
  commonName: '2.5.4.3',
  serialNumber: '2.5.4.5',
  organizationalUnit: '2.5.4.11',
} as const;

// pkijs's chain engine reports a certificate of the path outside its validity period with this code.
const CHAIN_OUT_OF_VALIDITY = 8;

// Key usage bits (RFC 5280 §4.2.1.3), first byte of the bit string.
const DIGITAL_SIGNATURE = 0x80;
const NON_REPUDIATION = 0x40;

// NCA certificates name the holder in the subject: serialNumber "IIN" + 12 digits, and for a legal
// entity's certificate organizationalUnitName "BIN" + 12 digits.
const IIN_IN_SUBJECT = /^IIN(\d{12})$/;
const BIN_IN_SUBJECT = /^BIN(\d{12})$/;

interface ParsedSignature {
  signedData: SignedData;
  signerInfo: SignerInfo;
  signer: Certificate;
  /** The other certificates the signature carries: candidate intermediates, trusted only through a path. */
  carried: Certificate[];
}

/**
 * Verifies CMS detached signatures in process with pkijs over Node's WebCrypto (RSA, ECDSA). Order
 * of the checks, first failure wins: the signature's form, the content's digest, the signature value, a path
 * to a trust anchor, the validity of the path at `at`, revocation by the configured CRLs, key usage, and the
 * signer's IIN/BIN.
 */
export class PkijsSignatureVerifier extends SignatureVerifier {
  private constructor(private readonly trust: TrustStore) {
    super();
  }

  static async create(config: TrustConfiguration): Promise<PkijsSignatureVerifier> {
    return new PkijsSignatureVerifier(await TrustStore.load(config));
  }

  protected async verifyBytes(
    content: Buffer,
    signatureCms: string,
    at: Date,
  ): Promise<SignatureVerification> {
    const parsed = parseDetachedSignature(signatureCms);
    if ('reason' in parsed) return parsed;
    const integrity = await checkIntegrity(parsed.signerInfo, parsed.signer, content);
    if (integrity) return integrity;
    const path = await this.certificationPath(parsed.signer, parsed.carried, at);
    if ('reason' in path) return path;
    const revocation = this.checkRevocation(path, at);
    if (revocation) return revocation;
    if (!isForSigning(parsed.signer)) {
      return rejected(
        SignatureErrorCode.CertificateKeyUsage,
        'the certificate allows neither digitalSignature nor nonRepudiation',
      );
    }
    const signer = signerIdentityOf(identifiersIn(parsed.signer), at);
    if (!signer) {
      return rejected(
        SignatureErrorCode.SignerIdentityMissing,
        'the certificate subject names no valid IIN or BIN',
      );
    }
    const claimedSigningTime = signingTimeOf(parsed.signerInfo);
    return {
      valid: true,
      signer,
      certificate: describe(parsed.signer),
      ...(claimedSigningTime ? { claimedSigningTime } : {}),
    };
  }

  /** The path from the signer to a trust anchor, valid at `at`: [signer, …, anchor]. */
  private async certificationPath(
    signer: Certificate,
    carried: Certificate[],
    at: Date,
  ): Promise<Certificate[] | RejectedSignature> {
    // The engine takes the last certificate as the one to validate; the signer must not appear twice.
    const candidates = [...this.trust.intermediates, ...carried].filter(
      (certificate) => !sameCertificate(certificate, signer),
    );
    const engine = new CertificateChainValidationEngine({
      trustedCerts: [...this.trust.anchors],
      certs: [...candidates, signer],
      checkDate: at,
    });
    const result = await engine.verify({}, cryptoEngine);
    if (result.result && result.certificatePath) return result.certificatePath;
    // The engine judges validity dates only on a path it already built to an anchor.
    if (result.resultCode === CHAIN_OUT_OF_VALIDITY) {
      if (at < signer.notBefore.value) {
        return rejected(
          SignatureErrorCode.CertificateNotYetValid,
          'the signing certificate is not valid yet at the signing time',
        );
      }
      if (at > signer.notAfter.value) {
        return rejected(
          SignatureErrorCode.CertificateExpired,
          'the signing certificate expired before the signing time',
        );
      }
      return rejected(
        SignatureErrorCode.CertificateUntrusted,
        'a CA certificate of the path is outside its validity at the signing time',
      );
    }
    return rejected(
      SignatureErrorCode.CertificateUntrusted,
      `no valid path to a trust anchor: ${result.resultMessage}`,
    );
  }

  /** Each certificate of the path against the configured CRLs of its issuer, as they stood at `at`. */
  private checkRevocation(path: Certificate[], at: Date): RejectedSignature | undefined {
    for (let index = 0; index + 1 < path.length; index++) {
      const certificate = path[index] as Certificate;
      const lists = this.trust.crlsIssuedBy(path[index + 1] as Certificate);
      if (lists.length === 0) continue;
      if (lists.some((crl) => revokedBy(crl, certificate, at))) {
        return rejected(
          SignatureErrorCode.CertificateRevoked,
          index === 0
            ? "the signing certificate is on its issuer's CRL"
            : "a CA certificate of the path is on its issuer's CRL",
        );
      }
      const latest = lists.reduce((a, b) => (b.thisUpdate.value > a.thisUpdate.value ? b : a));
      if (latest.nextUpdate && latest.nextUpdate.value < at) {
        return rejected(
          SignatureErrorCode.CertificateRevocationUnknown,
          `the issuer's newest configured CRL was due for update at ${latest.nextUpdate.value.toISOString()}`,
        );
      }
    }
    return undefined;
  }
}

function parseDetachedSignature(base64: string): ParsedSignature | RejectedSignature {
  const der = Buffer.from(base64, 'base64');
  if (der.length === 0 || der.toString('base64') !== base64.replace(/\s+/g, '')) {
    return rejected(SignatureErrorCode.Invalid, 'the signature is not base64');
  }
  let signedData: SignedData;
  try {
    const contentInfo = ContentInfo.fromBER(der);
    if (contentInfo.contentType !== OID.signedData) {
      return rejected(
        SignatureErrorCode.Invalid,
        `the CMS content type is ${contentInfo.contentType}, not SignedData`,
      );
    }
    signedData = new SignedData({ schema: contentInfo.content });
  } catch (error) {
    return rejected(
      SignatureErrorCode.Invalid,
      `the signature is not a DER CMS SignedData: ${String(error)}`,
    );
  }
  const [signerInfo, ...others] = signedData.signerInfos;
  if (!signerInfo || others.length > 0) {
    return rejected(
      SignatureErrorCode.Invalid,
      `expected one signer, found ${signedData.signerInfos.length}`,
    );
  }
  if (signedData.encapContentInfo.eContent) {
    return rejected(
      SignatureErrorCode.Invalid,
      'the signature carries its content; a detached signature is expected',
    );
  }
  const certificates = (signedData.certificates ?? []).filter(
    (item): item is Certificate => item instanceof Certificate,
  );
  const signer = certificates.find((certificate) => identifiesSigner(signerInfo, certificate));
  if (!signer)
    return rejected(SignatureErrorCode.Invalid, "the signature does not carry its signer's certificate");
  return {
    signedData,
    signerInfo,
    signer,
    carried: certificates.filter((certificate) => certificate !== signer),
  };
}

function identifiesSigner(signerInfo: SignerInfo, certificate: Certificate): boolean {
  const sid: unknown = signerInfo.sid;
  if (sid instanceof IssuerAndSerialNumber) {
    return certificate.issuer.isEqual(sid.issuer) && certificate.serialNumber.isEqual(sid.serialNumber);
  }
  // [0] SubjectKeyIdentifier, implicitly tagged: compared with the certificate's own extension.
  const keyId = sid instanceof asn1js.Primitive ? sid.valueBlock.valueHexView : undefined;
  const extension = certificate.extensions?.find(({ extnID }) => extnID === OID.subjectKeyIdentifier);
  const own: unknown = extension?.parsedValue;
  return (
    keyId !== undefined && own instanceof asn1js.OctetString && sameBytes(own.valueBlock.valueHexView, keyId)
  );
}

/**
 * The content's digest against the signed messageDigest attribute (a mismatch: the body was changed after
 * signing), then the signature over the signed attributes. Signed attributes are required: without them a
 * failed check cannot tell a changed body from a forged signature, and CAdES signatures always have them.
 */
async function checkIntegrity(
  signerInfo: SignerInfo,
  signer: Certificate,
  content: Buffer,
): Promise<RejectedSignature | undefined> {
  const attributes = signerInfo.signedAttrs?.attributes ?? [];
  const contentType: unknown = attributes.find(({ type }) => type === OID.contentType)?.values[0];
  const messageDigest: unknown = attributes.find(({ type }) => type === OID.messageDigest)?.values[0];
  if (!(contentType instanceof asn1js.ObjectIdentifier) || contentType.getValue() !== OID.data) {
    return rejected(SignatureErrorCode.Invalid, 'the signed attributes lack content-type id-data');
  }
  if (!(messageDigest instanceof asn1js.OctetString)) {
    return rejected(SignatureErrorCode.Invalid, 'the signed attributes lack message-digest');
  }
  const digestAlgorithm = cryptoEngine.getAlgorithmByOID(signerInfo.digestAlgorithm.algorithmId);
  if (!('name' in digestAlgorithm)) {
    return rejected(
      SignatureErrorCode.AlgorithmUnsupported,
      `digest algorithm ${signerInfo.digestAlgorithm.algorithmId} is not supported in process`,
    );
  }
  const digest = await cryptoEngine.digest({ name: digestAlgorithm.name }, content);
  if (!sameBytes(digest, messageDigest.valueBlock.valueHexView)) {
    return rejected(
      SignatureErrorCode.ContentMismatch,
      'the content digest differs from the signed message-digest',
    );
  }
  const signatureAlgorithm = signerInfo.signatureAlgorithm.algorithmId;
  const signedAttributes = signerInfo.signedAttrs?.encodedValue ?? new ArrayBuffer(0);
  let verified: boolean;
  try {
    verified = await cryptoEngine.verifyWithPublicKey(
      signedAttributes,
      signerInfo.signature,
      signer.subjectPublicKeyInfo,
      signerInfo.signatureAlgorithm,
      // A bare rsaEncryption OID names no hash: the digest algorithm does.
      signatureAlgorithm === OID.rsaEncryption ? digestAlgorithm.name : undefined,
    );
  } catch (error) {
    return rejected(
      SignatureErrorCode.AlgorithmUnsupported,
      `signature algorithm ${signatureAlgorithm} cannot be verified in process: ${String(error)}`,
    );
  }
  return verified
    ? undefined
    : rejected(SignatureErrorCode.Invalid, 'the signature value does not verify with the certificate key');
}

function revokedBy(crl: CertificateRevocationList, certificate: Certificate, at: Date): boolean {
  return (crl.revokedCertificates ?? []).some(
    (entry) => entry.userCertificate.isEqual(certificate.serialNumber) && entry.revocationDate.value <= at,
  );
}

/** A signing certificate must say it is one: NCA gives authentication keys other key usages. */
function isForSigning(certificate: Certificate): boolean {
  const extension = certificate.extensions?.find(({ extnID }) => extnID === OID.keyUsage);
  const bits: unknown = extension?.parsedValue;
  if (!(bits instanceof asn1js.BitString)) return false;
  return ((bits.valueBlock.valueHexView[0] ?? 0) & (DIGITAL_SIGNATURE | NON_REPUDIATION)) !== 0;
}

function subjectValues(certificate: Certificate, type: string): string[] {
  return certificate.subject.typesAndValues
    .filter((attribute) => attribute.type === type)
    .map((attribute) => {
      const value: unknown = attribute.value;
      return value instanceof asn1js.BaseStringBlock ? value.getValue() : '';
    });
}

function identifiersIn(certificate: Certificate): { iin?: string; bin?: string } {
  const iin = subjectValues(certificate, OID.serialNumber)
    .map((value) => IIN_IN_SUBJECT.exec(value)?.[1])
    .find((value) => value !== undefined);
  const bin = subjectValues(certificate, OID.organizationalUnit)
    .map((value) => BIN_IN_SUBJECT.exec(value)?.[1])
    .find((value) => value !== undefined);
  return { ...(iin ? { iin } : {}), ...(bin ? { bin } : {}) };
}

function signingTimeOf(signerInfo: SignerInfo): Date | undefined {
  const value: unknown = signerInfo.signedAttrs?.attributes.find(({ type }) => type === OID.signingTime)
    ?.values[0];
  return value instanceof asn1js.UTCTime || value instanceof asn1js.GeneralizedTime
    ? value.toDate()
    : undefined;
}

function commonNameOf(name: Certificate['subject']): string | undefined {
  const attribute = name.typesAndValues.find(({ type }) => type === OID.commonName);
  const value: unknown = attribute?.value;
  return value instanceof asn1js.BaseStringBlock ? value.getValue() : undefined;
}

function describe(certificate: Certificate): SigningCertificate {
  const subjectCommonName = commonNameOf(certificate.subject);
  const issuerCommonName = commonNameOf(certificate.issuer);
  return {
    // As a number, the way CRLs and verification services print it (no leading zero octet).
    serialNumber: BigInt(`0x${hexOf(certificate.serialNumber.valueBlock.valueHexView)}`).toString(16),
    ...(subjectCommonName !== undefined ? { subjectCommonName } : {}),
    ...(issuerCommonName !== undefined ? { issuerCommonName } : {}),
    notBefore: certificate.notBefore.value,
    notAfter: certificate.notAfter.value,
  };
}

function sameCertificate(a: Certificate, b: Certificate): boolean {
  return a.issuer.isEqual(b.issuer) && a.serialNumber.isEqual(b.serialNumber);
}
