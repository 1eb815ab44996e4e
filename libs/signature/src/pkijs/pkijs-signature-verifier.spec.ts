import type { JsonValue } from '../canonical-json';
import { SignatureErrorCode } from '../signature.errors';
import { signerIdentifier, type SignatureVerification } from '../signature-verifier';
import { signDetached, TestPki, type KeyHolder } from '../testing/test-pki';
import { PkijsSignatureVerifier } from './pkijs-signature-verifier';
import { SignatureConfigurationError } from './trust-store';

// Synthetic IINs (born in the 1850s, so nobody holds them) and a public BIN of a state body.
const APPLICANT_IIN = '500101100106';
const OTHER_IIN = '550315200347';
const EMPLOYEE_IIN = '520229200804';
const ORGANISATION_BIN = '971240001315';

const VALIDITY = { validFrom: new Date('2026-01-01T00:00:00Z'), validTo: new Date('2027-01-01T00:00:00Z') };
const SIGNED_AT = new Date('2026-06-01T05:00:00Z');
const CRL_PERIOD = {
  thisUpdate: new Date('2026-05-31T00:00:00Z'),
  nextUpdate: new Date('2026-06-07T00:00:00Z'),
};

const REQUEST = {
  serviceCode: '00501001',
  channel: 'portal',
  recipient: { iin: APPLICANT_IIN },
  documents: ['identity_document', 'application'],
  note: 'Өтініш / Заявление',
};

let pki: TestPki;
let applicant: KeyHolder;
let verifier: PkijsSignatureVerifier;

beforeAll(async () => {
  pki = await TestPki.create('Test', VALIDITY);
  applicant = await pki.issue({ ...VALIDITY, iin: APPLICANT_IIN });
  verifier = await PkijsSignatureVerifier.create({
    trustAnchors: [pki.root.pem],
    intermediates: [pki.issuingCa.pem],
  });
});

function signedBy(holder: KeyHolder): Promise<string> {
  return signDetached(REQUEST, holder, { signingTime: SIGNED_AT });
}

async function verify(
  signatureCms: string,
  options: { by?: PkijsSignatureVerifier; content?: JsonValue | Buffer } = {},
): Promise<SignatureVerification> {
  const by = options.by ?? verifier;
  return by.verify({ signedContent: options.content ?? REQUEST, signatureCms, at: SIGNED_AT });
}

/** 'accepted', or the reason the signature is refused. */
async function verdictOn(signatureCms: string, options: Parameters<typeof verify>[1] = {}): Promise<string> {
  const result = await verify(signatureCms, options);
  return result.valid ? 'accepted' : result.reason;
}

function verifierWithCrl(crl: string): Promise<PkijsSignatureVerifier> {
  return PkijsSignatureVerifier.create({
    trustAnchors: [pki.root.pem],
    intermediates: [pki.issuingCa.pem],
    crls: [crl],
  });
}

describe("PkijsSignatureVerifier (Art. 15.2: the electronic request carries the recipient's signature)", () => {
  it("accepts an individual's signature over the request and names the signer by the IIN in the certificate", async () => {
    expect(await verify(await signedBy(applicant))).toEqual({
      valid: true,
      signer: { kind: 'individual', iin: APPLICANT_IIN },
      certificate: {
        serialNumber: applicant.serialNumber,
        subjectCommonName: 'ТЕСТОВ ТЕСТ',
        issuerCommonName: 'Test Issuing CA',
        notBefore: VALIDITY.validFrom,
        notAfter: VALIDITY.validTo,
      },
      claimedSigningTime: SIGNED_AT,
    });
  });

  it("accepts a legal entity's signature and names the BIN, with the IIN of the employee who signed", async () => {
    const employee = await pki.issue({ ...VALIDITY, iin: EMPLOYEE_IIN, bin: ORGANISATION_BIN });

    const result = await verify(await signedBy(employee));

    expect(result.valid && result.signer).toEqual({
      kind: 'legal_entity',
      bin: ORGANISATION_BIN,
      iin: EMPLOYEE_IIN,
    });
    expect(result.valid && signerIdentifier(result.signer)).toBe(ORGANISATION_BIN);
  });

  it('names the signer of another IIN, so the service can refuse a request signed by someone else', async () => {
    const stranger = await pki.issue({ ...VALIDITY, iin: OTHER_IIN });

    const result = await verify(await signedBy(stranger));

    expect(result.valid && signerIdentifier(result.signer)).toBe(OTHER_IIN);
  });

  it('accepts the same data sent with its members in another order: the canonical form is what is signed', async () => {
    const reordered = JSON.parse(
      `{"note":"Өтініш / Заявление","documents":["identity_document","application"],` +
        `"recipient":{"iin":"${APPLICANT_IIN}"},"channel":"portal","serviceCode":"00501001"}`,
    ) as JsonValue;

    expect(await verdictOn(await signedBy(applicant), { content: reordered })).toBe('accepted');
  });

  it('refuses a request changed after it was signed', async () => {
    const tampered = { ...REQUEST, documents: ['application'] };

    expect(await verdictOn(await signedBy(applicant), { content: tampered })).toBe(
      SignatureErrorCode.ContentMismatch,
    );
  });

  it('refuses a request that has no canonical form, which nobody can have signed', async () => {
    const unpaired = { ...REQUEST, note: 'Өтініш \ud800' };

    expect(await verdictOn(await signedBy(applicant), { content: unpaired })).toBe(
      SignatureErrorCode.ContentMismatch,
    );
  });

  it('verifies raw bytes as given', async () => {
    const bytes = Buffer.from('%PDF-1.7 a signed attachment');
    const cms = await signDetached(bytes, applicant, { signingTime: SIGNED_AT });

    expect(await verdictOn(cms, { content: bytes })).toBe('accepted');
    expect(await verdictOn(cms, { content: Buffer.from('%PDF-1.7 another') })).toBe(
      SignatureErrorCode.ContentMismatch,
    );
  });

  it("refuses a signature made with another key than the certificate's", async () => {
    const impostor = await pki.issue({ ...VALIDITY, iin: OTHER_IIN });

    const forged = await signDetached(REQUEST, applicant, {
      signingTime: SIGNED_AT,
      privateKey: impostor.privateKey,
    });

    expect(await verdictOn(forged)).toBe(SignatureErrorCode.Invalid);
  });

  it.each([
    ['not base64', '%%%'],
    ['not DER', Buffer.from('not a signature').toString('base64')],
    ['not a CMS SignedData', 'MAMGAQA='],
  ])('refuses a signature that is %s', async (_, signatureCms) => {
    expect(await verdictOn(signatureCms)).toBe(SignatureErrorCode.Invalid);
  });

  it.each([
    ['another certification authority', 'Rogue'],
    ['a look-alike CA with the trusted names but other keys', 'Test'],
  ])('refuses a certificate from %s: no path to a configured trust anchor', async (_, name) => {
    const untrusted = await TestPki.create(name, VALIDITY);
    const holder = await untrusted.issue({ ...VALIDITY, iin: APPLICANT_IIN });

    const cms = await signDetached(REQUEST, holder, {
      signingTime: SIGNED_AT,
      carry: [untrusted.issuingCa.certificate],
    });

    expect(await verdictOn(cms)).toBe(SignatureErrorCode.CertificateUntrusted);
  });

  it('builds the path through an intermediate CA carried in the signature when it is not configured', async () => {
    const rootOnly = await PkijsSignatureVerifier.create({ trustAnchors: [pki.root.pem] });
    const withChain = await signDetached(REQUEST, applicant, {
      signingTime: SIGNED_AT,
      carry: [pki.issuingCa.certificate],
    });

    expect(await verdictOn(withChain, { by: rootOnly })).toBe('accepted');
    expect(await verdictOn(await signedBy(applicant), { by: rootOnly })).toBe(
      SignatureErrorCode.CertificateUntrusted,
    );
  });

  it('refuses a certificate expired at the signing time', async () => {
    const expired = await pki.issue({
      iin: APPLICANT_IIN,
      validFrom: VALIDITY.validFrom,
      validTo: new Date('2026-05-31T23:59:59Z'),
    });

    expect(await verdictOn(await signedBy(expired))).toBe(SignatureErrorCode.CertificateExpired);
  });

  it('refuses a certificate not yet valid at the signing time', async () => {
    const early = await pki.issue({
      iin: APPLICANT_IIN,
      validFrom: new Date('2026-06-02T00:00:00Z'),
      validTo: VALIDITY.validTo,
    });

    expect(await verdictOn(await signedBy(early))).toBe(SignatureErrorCode.CertificateNotYetValid);
  });

  describe('revocation by the configured CRL', () => {
    it('refuses a certificate the issuer revoked before the signing time, and accepts the others', async () => {
      const revoked = await pki.issue({ ...VALIDITY, iin: APPLICANT_IIN });
      const withCrl = await verifierWithCrl(
        await pki.crl({
          ...CRL_PERIOD,
          revoked: [{ holder: revoked, at: new Date('2026-05-30T00:00:00Z') }],
        }),
      );

      expect(await verdictOn(await signedBy(revoked), { by: withCrl })).toBe(
        SignatureErrorCode.CertificateRevoked,
      );
      expect(await verdictOn(await signedBy(applicant), { by: withCrl })).toBe('accepted');
    });

    it('accepts a signature made before the certificate was revoked', async () => {
      const laterRevoked = await pki.issue({ ...VALIDITY, iin: APPLICANT_IIN });
      const revokedAt = new Date('2026-06-03T00:00:00Z');
      const withCrl = await verifierWithCrl(
        await pki.crl({
          ...CRL_PERIOD,
          thisUpdate: revokedAt,
          revoked: [{ holder: laterRevoked, at: revokedAt }],
        }),
      );

      expect(await verdictOn(await signedBy(laterRevoked), { by: withCrl })).toBe('accepted');
    });

    it('refuses to judge revocation with a CRL past its next update', async () => {
      const staleCrl = await verifierWithCrl(
        await pki.crl({
          revoked: [],
          thisUpdate: new Date('2026-05-01T00:00:00Z'),
          nextUpdate: new Date('2026-05-08T00:00:00Z'),
        }),
      );

      expect(await verdictOn(await signedBy(applicant), { by: staleCrl })).toBe(
        SignatureErrorCode.CertificateRevocationUnknown,
      );
    });

    it('refuses at start a CRL that no configured CA signed', async () => {
      const forged = await pki.crl({ ...CRL_PERIOD, revoked: [], privateKey: applicant.privateKey });

      await expect(verifierWithCrl(forged)).rejects.toThrow(SignatureConfigurationError);
    });
  });

  it('refuses a certificate whose key usage is not for signing (an authentication key)', async () => {
    const authentication = await pki.issue({
      ...VALIDITY,
      iin: APPLICANT_IIN,
      keyUsage: ['keyEncipherment'],
    });

    expect(await verdictOn(await signedBy(authentication))).toBe(SignatureErrorCode.CertificateKeyUsage);
  });

  it.each([
    ['no IIN or BIN', {}],
    ['an IIN with a wrong check digit', { iin: '500101100107' }],
    ['a BIN with a wrong check digit and no IIN', { bin: '971240001316' }],
  ])('refuses a certificate that names %s', async (_, identifiers) => {
    const anonymous = await pki.issue({ ...VALIDITY, ...identifiers });

    expect(await verdictOn(await signedBy(anonymous))).toBe(SignatureErrorCode.SignerIdentityMissing);
  });

  it('refuses at start a trust anchor that is no certificate', async () => {
    await expect(PkijsSignatureVerifier.create({ trustAnchors: ['not a PEM'] })).rejects.toThrow(
      SignatureConfigurationError,
    );
  });
});
