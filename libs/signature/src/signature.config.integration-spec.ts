import 'reflect-metadata';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NestFactory } from '@nestjs/core';
import { ConfigurationError, loadConfig } from '@kzps/platform';
import { NcaNodeSignatureVerifier } from './ncanode/ncanode-signature-verifier';
import { pemBlocks } from './pkijs/der';
import { PkijsSignatureVerifier } from './pkijs/pkijs-signature-verifier';
import { SignatureConfigurationError } from './pkijs/trust-store';
import { createSignatureVerifier, SignatureConfig, signatureSettingsFrom } from './signature.config';
import { SignatureErrorCode } from './signature.errors';
import { SignatureModule } from './signature.module';
import { SignatureVerifier } from './signature-verifier';
import { signDetached, TestPki } from './testing/test-pki';

const VALIDITY = { validFrom: new Date('2026-01-01T00:00:00Z'), validTo: new Date('2027-01-01T00:00:00Z') };
const SIGNED_AT = new Date('2026-06-01T05:00:00Z');
const REQUEST = { serviceCode: '00501001', recipient: { iin: '500101100106' } };

let directory: string;

beforeEach(() => {
  directory = mkdtempSync(join(tmpdir(), 'signature-config-'));
});

afterEach(() => {
  rmSync(directory, { recursive: true, force: true });
});

function file(name: string, content: string | Uint8Array): string {
  const path = join(directory, name);
  writeFileSync(path, content);
  return path;
}

describe('SignatureConfig', () => {
  it('builds the in-process verifier from the trust anchor, intermediate and DER CRL files it names', async () => {
    const pki = await TestPki.create('Config', VALIDITY);
    const holder = await pki.issue({ ...VALIDITY, iin: '500101100106' });
    const revoked = await pki.issue({ ...VALIDITY, iin: '500101100106' });
    const crlPem = await pki.crl({
      revoked: [{ holder: revoked, at: new Date('2026-05-01T00:00:00Z') }],
      thisUpdate: new Date('2026-05-31T00:00:00Z'),
      nextUpdate: new Date('2026-06-07T00:00:00Z'),
    });
    const config = loadConfig(SignatureConfig, {
      SIGNATURE_TRUST_ANCHORS_FILE: file('roots.pem', pki.root.pem),
      SIGNATURE_INTERMEDIATES_FILE: file('intermediates.pem', pki.issuingCa.pem),
      SIGNATURE_CRL_FILES: file('issuing.crl', pemBlocks(crlPem, 'X509 CRL')[0] ?? new Uint8Array()),
    });

    const verifier = await createSignatureVerifier(signatureSettingsFrom(config));
    const verdict = async (signer: typeof holder): Promise<string> => {
      const result = await verifier.verify({
        signedContent: REQUEST,
        signatureCms: await signDetached(REQUEST, signer, { signingTime: SIGNED_AT }),
        at: SIGNED_AT,
      });
      return result.valid ? 'accepted' : result.reason;
    };

    expect(verifier).toBeInstanceOf(PkijsSignatureVerifier);
    expect(await verdict(holder)).toBe('accepted');
    expect(await verdict(revoked)).toBe(SignatureErrorCode.CertificateRevoked);
  });

  it('builds the service adapter for SIGNATURE_VERIFIER=ncanode', async () => {
    const config = loadConfig(SignatureConfig, {
      SIGNATURE_VERIFIER: 'ncanode',
      SIGNATURE_VERIFIER_URL: 'http://ncanode.internal:14579',
    });

    expect(await createSignatureVerifier(signatureSettingsFrom(config))).toBeInstanceOf(
      NcaNodeSignatureVerifier,
    );
  });

  it('refuses the service adapter without its URL', () => {
    expect(() => loadConfig(SignatureConfig, { SIGNATURE_VERIFIER: 'ncanode' })).toThrow(ConfigurationError);
  });

  it('names a file it cannot read', () => {
    const config = loadConfig(SignatureConfig, {
      SIGNATURE_TRUST_ANCHORS_FILE: join(directory, 'missing.pem'),
    });

    expect(() => signatureSettingsFrom(config)).toThrow(SignatureConfigurationError);
  });
});

describe('SignatureModule', () => {
  it('provides the configured verifier under the SignatureVerifier token', async () => {
    const pki = await TestPki.create('Module', VALIDITY);
    const app = await NestFactory.createApplicationContext(
      SignatureModule.forRoot({ kind: 'in-process', trust: { trustAnchors: [pki.root.pem] } }),
      { logger: false },
    );
    try {
      expect(app.get(SignatureVerifier)).toBeInstanceOf(PkijsSignatureVerifier);
    } finally {
      await app.close();
    }
  });
});
