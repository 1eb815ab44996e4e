import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '@kzps/platform';
import { PkijsSignatureVerifier } from '../pkijs/pkijs-signature-verifier';
import { SignatureConfig, signatureSettingsFrom } from '../signature.config';
import { SignatureErrorCode } from '../signature.errors';
import { signDetached } from '../testing/test-pki';
import { DemoCa } from './demo-ca';

const NOW = new Date('2026-03-02T06:00:00Z');
const request = { serviceId: '0b8f6c1e-8d8f-4a58-9f0e-6c1d2b3a4e5f', channel: 'electronic' };

async function verifierTrusting(ca: DemoCa): Promise<PkijsSignatureVerifier> {
  const settings = signatureSettingsFrom(
    loadConfig(SignatureConfig, {
      SIGNATURE_TRUST_ANCHORS_FILE: ca.trustAnchorsFile,
      SIGNATURE_INTERMEDIATES_FILE: ca.intermediatesFile,
    }),
  );
  if (settings.kind !== 'in-process') throw new Error('expected the in-process verifier');
  return PkijsSignatureVerifier.create(settings.trust);
}

describe("the embedded run's demo CA", () => {
  const dirs: string[] = [];
  const freshDir = (): string => {
    const dir = mkdtempSync(join(tmpdir(), 'kzps-demo-ca-'));
    dirs.push(dir);
    return join(dir, 'signature');
  };
  afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  it('is made at the first start, its keys readable by the owner only, and the same CA at the next', async () => {
    const dir = freshDir();
    const first = await DemoCa.open(dir, NOW);
    const root = readFileSync(first.trustAnchorsFile, 'utf8');
    expect(root).toContain('BEGIN CERTIFICATE');
    expect(statSync(join(dir, 'demo-ca.json')).mode & 0o077).toBe(0);
    const again = await DemoCa.open(dir, new Date(NOW.getTime() + 86_400_000));
    expect(readFileSync(again.trustAnchorsFile, 'utf8')).toBe(root);
    // A certificate the reopened CA issues chains to the root written the first time (Art. 15.2).
    const holder = await again.issue({ iin: '900315401233', now: NOW });
    const verifier = await verifierTrusting(first);
    const verdict = await verifier.verify({
      signedContent: request,
      signatureCms: await signDetached(request, holder, { signingTime: NOW }),
      at: NOW,
    });
    expect(verdict).toMatchObject({ valid: true, signer: { kind: 'individual', iin: '900315401233' } });
  });

  it("is trusted only where its root is configured: another run's demo CA is untrusted", async () => {
    const ours = await DemoCa.open(freshDir(), NOW);
    const theirs = await DemoCa.open(freshDir(), NOW);
    const holder = await theirs.issue({ iin: '900315401233', now: NOW });
    const verifier = await verifierTrusting(ours);
    const verdict = await verifier.verify({
      signedContent: request,
      signatureCms: await signDetached(request, holder, { signingTime: NOW }),
      at: NOW,
    });
    expect(verdict).toMatchObject({ valid: false, reason: SignatureErrorCode.CertificateUntrusted });
  });
});
