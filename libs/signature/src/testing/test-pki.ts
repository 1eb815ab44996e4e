import { randomBytes, webcrypto } from 'node:crypto';
import * as asn1js from 'asn1js';
import {
  Attribute,
  AttributeTypeAndValue,
  BasicConstraints,
  Certificate,
  CertificateRevocationList,
  ContentInfo,
  EncapsulatedContentInfo,
  Extension,
  IssuerAndSerialNumber,
  RelativeDistinguishedNames,
  RevokedCertificate,
  SignedAndUnsignedAttributes,
  SignedData,
  SignerInfo,
  Time,
} from 'pkijs';
import type { JsonValue } from '../canonical-json';
import { cryptoEngine } from '../pkijs/crypto-engine';
import { certificatesFromPem, toPem } from '../pkijs/der';
import { signedBytesOf } from '../signature-verifier';

type CryptoKey = webcrypto.CryptoKey;
type CryptoKeyPair = webcrypto.CryptoKeyPair;

/**
 * Test support: a certification authority of its own (root and issuing CA), certificates shaped like NCA's
 * (IIN in the subject serialNumber, BIN in the OU), CRLs and CMS detached signatures. Keys are ECDSA P-256,
 * made at test time; every date is given by the test, so nothing depends on the wall clock.
 */

export type KeyUsageBit =
  'digitalSignature' | 'nonRepudiation' | 'keyEncipherment' | 'keyCertSign' | 'cRLSign';

const KEY_USAGE_BITS: Record<KeyUsageBit, number> = {
  digitalSignature: 0x80,
  nonRepudiation: 0x40,
  keyEncipherment: 0x20,
  keyCertSign: 0x04,
  cRLSign: 0x02,
};

const ATTRIBUTE_TYPES = {
  commonName: '2.5.4.3',
  serialNumber: '2.5.4.5',
  country: '2.5.4.6',
  organization: '2.5.4.10',
  organizationalUnit: '2.5.4.11',
} as const;

export interface KeyHolder {
  certificate: Certificate;
  /** Hexadecimal without leading zeros, as CRLs and verification services print it. */
  serialNumber: string;
  privateKey: CryptoKey;
  /** The certificate as PEM text. */
  pem: string;
}

export interface Validity {
  validFrom: Date;
  validTo: Date;
}

export interface HolderOptions extends Validity {
  /** Written as subject serialNumber "IIN…", as NCA does. */
  iin?: string;
  /** Written as subject OU "BIN…", as NCA does for a legal entity's certificate. */
  bin?: string;
  commonName?: string;
  /** Defaults to a signing key: digitalSignature and nonRepudiation. */
  keyUsage?: KeyUsageBit[];
}

export interface SignOptions {
  /** Written as the signingTime signed attribute. */
  signingTime: Date;
  /** Further certificates to carry in the signature (an intermediate CA, say). */
  carry?: Certificate[];
  /** Sign with another key than the certificate's: a forged signature. */
  privateKey?: CryptoKey;
}

const EC_KEY = { name: 'ECDSA', namedCurve: 'P-256' } as const;

async function newKeyPair(extractable = false): Promise<CryptoKeyPair> {
  return webcrypto.subtle.generateKey(EC_KEY, extractable, ['sign', 'verify']);
}

/** A CA kept between runs (the embedded run's demo CA): certificates as PEM, keys as PKCS#8 base64. */
export interface StoredPki {
  root: { pem: string; pkcs8: string };
  issuingCa: { pem: string; pkcs8: string };
}

async function exportHolder(holder: KeyHolder): Promise<{ pem: string; pkcs8: string }> {
  const pkcs8 = await webcrypto.subtle.exportKey('pkcs8', holder.privateKey);
  return { pem: holder.pem, pkcs8: Buffer.from(pkcs8).toString('base64') };
}

async function restoreHolder(stored: { pem: string; pkcs8: string }): Promise<KeyHolder> {
  const [certificate] = certificatesFromPem(stored.pem);
  if (!certificate) throw new Error('a stored CA certificate is not PEM');
  const privateKey = await webcrypto.subtle.importKey(
    'pkcs8',
    Buffer.from(stored.pkcs8, 'base64'),
    EC_KEY,
    true,
    ['sign'],
  );
  return {
    certificate,
    serialNumber: Buffer.from(certificate.serialNumber.valueBlock.valueHexView).toString('hex'),
    privateKey,
    pem: stored.pem,
  };
}

function nameOf(entries: Array<[keyof typeof ATTRIBUTE_TYPES, string]>): RelativeDistinguishedNames {
  return new RelativeDistinguishedNames({
    typesAndValues: entries.map(
      ([type, value]) =>
        new AttributeTypeAndValue({
          type: ATTRIBUTE_TYPES[type],
          value:
            type === 'serialNumber' || type === 'country'
              ? new asn1js.PrintableString({ value })
              : new asn1js.Utf8String({ value }),
        }),
    ),
  });
}

function keyUsageExtension(bits: KeyUsageBit[]): Extension {
  const value = bits.reduce((byte, bit) => byte | KEY_USAGE_BITS[bit], 0);
  const bitString = new asn1js.BitString({ valueHex: new Uint8Array([value]).buffer });
  return new Extension({
    extnID: '2.5.29.15',
    critical: true,
    extnValue: bitString.toBER(false),
    parsedValue: bitString,
  });
}

function caExtensions(): Extension[] {
  const constraints = new BasicConstraints({ cA: true });
  return [
    new Extension({
      extnID: '2.5.29.19',
      critical: true,
      extnValue: constraints.toSchema().toBER(false),
      parsedValue: constraints,
    }),
    keyUsageExtension(['keyCertSign', 'cRLSign']),
  ];
}

/** 16 random octets, the first below 0x80 so the INTEGER stays positive without a leading zero octet. */
function positiveSerial(): Buffer {
  const bytes = randomBytes(16);
  bytes[0] = ((bytes[0] ?? 0) & 0x7f) | 0x10;
  return bytes;
}

async function certify(
  subject: RelativeDistinguishedNames,
  keys: CryptoKeyPair,
  issuer: { name: RelativeDistinguishedNames; privateKey: CryptoKey },
  validity: Validity,
  extensions: Extension[],
): Promise<KeyHolder> {
  const certificate = new Certificate();
  certificate.version = 2;
  const serial = positiveSerial();
  certificate.serialNumber = new asn1js.Integer({ valueHex: new Uint8Array(serial).buffer });
  certificate.subject = subject;
  certificate.issuer = issuer.name;
  certificate.notBefore.value = validity.validFrom;
  certificate.notAfter.value = validity.validTo;
  certificate.extensions = extensions;
  await certificate.subjectPublicKeyInfo.importKey(keys.publicKey, cryptoEngine);
  await certificate.sign(issuer.privateKey, 'SHA-256', cryptoEngine);
  return {
    certificate,
    serialNumber: serial.toString('hex'),
    privateKey: keys.privateKey,
    pem: toPem(certificate.toSchema().toBER(false), 'CERTIFICATE'),
  };
}

export class TestPki {
  private constructor(
    /** The self-signed root: the trust anchor to configure. */
    readonly root: KeyHolder,
    /** The CA that issues holders' certificates and CRLs (NCA's issuing CA in production). */
    readonly issuingCa: KeyHolder,
  ) {}

  /**
   * A root and an issuing CA; `name` tells several test PKIs apart. `extractable` keys can be kept with
   * `store()` (the embedded run's demo CA); tests leave them inside WebCrypto.
   */
  static async create(
    name: string,
    validity: Validity,
    options: { extractable?: boolean } = {},
  ): Promise<TestPki> {
    const rootKeys = await newKeyPair(options.extractable);
    const rootName = nameOf([
      ['country', 'KZ'],
      ['commonName', `${name} Root CA`],
    ]);
    const root = await certify(
      rootName,
      rootKeys,
      { name: rootName, privateKey: rootKeys.privateKey },
      validity,
      caExtensions(),
    );
    const caName = nameOf([
      ['country', 'KZ'],
      ['commonName', `${name} Issuing CA`],
    ]);
    const issuingCa = await certify(
      caName,
      await newKeyPair(options.extractable),
      { name: rootName, privateKey: root.privateKey },
      validity,
      caExtensions(),
    );
    return new TestPki(root, issuingCa);
  }

  /** The CA as `store()` kept it. */
  static async restore(stored: StoredPki): Promise<TestPki> {
    return new TestPki(await restoreHolder(stored.root), await restoreHolder(stored.issuingCa));
  }

  /** Certificates and keys to keep between runs; only a CA created with `extractable`. */
  async store(): Promise<StoredPki> {
    return { root: await exportHolder(this.root), issuingCa: await exportHolder(this.issuingCa) };
  }

  /** A holder's certificate from the issuing CA, with a fresh key. */
  async issue(holder: HolderOptions): Promise<KeyHolder> {
    const entries: Array<[keyof typeof ATTRIBUTE_TYPES, string]> = [
      ['commonName', holder.commonName ?? 'ТЕСТОВ ТЕСТ'],
      ['country', 'KZ'],
    ];
    if (holder.iin !== undefined) entries.push(['serialNumber', `IIN${holder.iin}`]);
    if (holder.bin !== undefined) entries.push(['organizationalUnit', `BIN${holder.bin}`]);
    return certify(
      nameOf(entries),
      await newKeyPair(),
      { name: this.issuingCa.certificate.subject, privateKey: this.issuingCa.privateKey },
      holder,
      [keyUsageExtension(holder.keyUsage ?? ['digitalSignature', 'nonRepudiation'])],
    );
  }

  /** The issuing CA's CRL listing the given certificates, as PEM text. */
  async crl(options: {
    revoked: Array<{ holder: KeyHolder; at: Date }>;
    thisUpdate: Date;
    nextUpdate: Date;
    /** Sign with another key than the issuing CA's: a forged list. */
    privateKey?: CryptoKey;
  }): Promise<string> {
    const crl = new CertificateRevocationList();
    crl.version = 1;
    crl.issuer = this.issuingCa.certificate.subject;
    crl.thisUpdate = new Time({ type: 0, value: options.thisUpdate });
    crl.nextUpdate = new Time({ type: 0, value: options.nextUpdate });
    crl.revokedCertificates = options.revoked.map(
      ({ holder, at }) =>
        new RevokedCertificate({
          userCertificate: holder.certificate.serialNumber,
          revocationDate: new Time({ type: 0, value: at }),
        }),
    );
    await crl.sign(options.privateKey ?? this.issuingCa.privateKey, 'SHA-256', cryptoEngine);
    return toPem(crl.toSchema().toBER(false), 'X509 CRL');
  }
}

/** A CMS detached signature (base64 DER) over the content, as the portal's signing software makes one. */
export async function signDetached(
  content: Buffer | JsonValue,
  holder: KeyHolder,
  options: SignOptions,
): Promise<string> {
  const digest = await cryptoEngine.digest({ name: 'SHA-256' }, signedBytesOf(content));
  const signedData = new SignedData({
    version: 1,
    encapContentInfo: new EncapsulatedContentInfo({ eContentType: '1.2.840.113549.1.7.1' }),
    signerInfos: [
      new SignerInfo({
        version: 1,
        sid: new IssuerAndSerialNumber({
          issuer: holder.certificate.issuer,
          serialNumber: holder.certificate.serialNumber,
        }),
        signedAttrs: new SignedAndUnsignedAttributes({
          type: 0,
          attributes: [
            new Attribute({
              type: '1.2.840.113549.1.9.3',
              values: [new asn1js.ObjectIdentifier({ value: '1.2.840.113549.1.7.1' })],
            }),
            new Attribute({
              type: '1.2.840.113549.1.9.5',
              values: [new asn1js.UTCTime({ valueDate: options.signingTime })],
            }),
            new Attribute({
              type: '1.2.840.113549.1.9.4',
              values: [new asn1js.OctetString({ valueHex: digest })],
            }),
          ],
        }),
      }),
    ],
    certificates: [holder.certificate, ...(options.carry ?? [])],
  });
  await signedData.sign(options.privateKey ?? holder.privateKey, 0, 'SHA-256', undefined, cryptoEngine);
  const contentInfo = new ContentInfo({
    contentType: '1.2.840.113549.1.7.2',
    content: signedData.toSchema(true),
  });
  return Buffer.from(contentInfo.toSchema().toBER(false)).toString('base64');
}
