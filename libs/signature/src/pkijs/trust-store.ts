import type { Certificate, CertificateRevocationList } from 'pkijs';
import { cryptoEngine } from './crypto-engine';
import { certificatesFromPem, crlFrom, sameBytes } from './der';

/** What the in-process verifier trusts, as the deployment configures it. */
export interface TrustConfiguration {
  /** PEM text of the root certificates a signing certificate must chain to; one text may hold several. */
  trustAnchors: string[];
  /** PEM text of issuing CA certificates, for signatures that do not carry their chain. */
  intermediates?: string[];
  /** Revocation lists of the configured CAs: DER bytes as published, or PEM text. */
  crls?: Array<string | Uint8Array>;
}

/** A configuration the verifier cannot work with: raised at start, never per request. */
export class SignatureConfigurationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SignatureConfigurationError';
  }
}

interface VerifiedCrl {
  crl: CertificateRevocationList;
  /** The configured CA whose key signed the list. */
  issuer: Certificate;
}

function parseCertificates(texts: string[], what: string): Certificate[] {
  return texts.flatMap((text, index) => {
    let certificates: Certificate[];
    try {
      certificates = certificatesFromPem(text);
    } catch (error) {
      throw new SignatureConfigurationError(`${what} #${index + 1}: not a certificate (${String(error)})`);
    }
    if (certificates.length === 0) {
      throw new SignatureConfigurationError(`${what} #${index + 1}: no PEM CERTIFICATE block`);
    }
    return certificates;
  });
}

/**
 * The trust anchors, the known intermediate CAs and the revocation lists, each list checked once, at start,
 * against the CA that issued it: a list nobody trusted signed would let anyone "un-revoke" a certificate.
 */
export class TrustStore {
  private constructor(
    readonly anchors: readonly Certificate[],
    readonly intermediates: readonly Certificate[],
    private readonly crls: readonly VerifiedCrl[],
  ) {}

  static async load(config: TrustConfiguration): Promise<TrustStore> {
    const anchors = parseCertificates(config.trustAnchors, 'Trust anchor');
    const intermediates = parseCertificates(config.intermediates ?? [], 'Intermediate certificate');
    const authorities = [...anchors, ...intermediates];
    const crls: VerifiedCrl[] = [];
    for (const [index, source] of (config.crls ?? []).entries()) {
      let lists: CertificateRevocationList[];
      try {
        lists = crlFrom(source);
      } catch (error) {
        throw new SignatureConfigurationError(`CRL #${index + 1}: not a revocation list (${String(error)})`);
      }
      if (lists.length === 0)
        throw new SignatureConfigurationError(`CRL #${index + 1}: no PEM X509 CRL block`);
      for (const crl of lists) {
        const issuer = await signerOf(crl, authorities);
        if (!issuer) {
          throw new SignatureConfigurationError(
            `CRL #${index + 1}: not signed by any configured trust anchor or intermediate certificate`,
          );
        }
        crls.push({ crl, issuer });
      }
    }
    return new TrustStore(anchors, intermediates, crls);
  }

  /** The verified revocation lists the given CA certificate's key signed. */
  crlsIssuedBy(authority: Certificate): CertificateRevocationList[] {
    const key = authority.subjectPublicKeyInfo.subjectPublicKey.valueBlock.valueHexView;
    return this.crls
      .filter(
        ({ crl, issuer }) =>
          crl.issuer.isEqual(authority.subject) &&
          sameBytes(issuer.subjectPublicKeyInfo.subjectPublicKey.valueBlock.valueHexView, key),
      )
      .map(({ crl }) => crl);
  }
}

async function signerOf(
  crl: CertificateRevocationList,
  authorities: readonly Certificate[],
): Promise<Certificate | undefined> {
  for (const authority of authorities) {
    if (!crl.issuer.isEqual(authority.subject)) continue;
    const signed = await crl.verify({ issuerCertificate: authority }, cryptoEngine).catch(() => false);
    if (signed) return authority;
  }
  return undefined;
}
