import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { TestPki, type HolderOptions, type KeyHolder, type StoredPki } from '../testing/test-pki';

const DAY_MS = 24 * 60 * 60 * 1000;
const CA_FILE = 'demo-ca.json';
const TRUST_ANCHORS_FILE = 'trust-anchors.pem';
const INTERMEDIATES_FILE = 'intermediates.pem';

/**
 * The embedded run's certification authority (`npm start`), never production's: made at the first start
 * under the run's data directory (`$DATA_DIR/signature`), its keys never in the repository. applications-svc
 * trusts its root (`trust-anchors.pem`, with the issuing CA in `intermediates.pem`), so electronic requests signed with certificates it issues (a demo
 * citizen's IIN, a provider's BIN) are accepted there, as NCA-issued ones are in production.
 */
export class DemoCa {
  private constructor(
    readonly dir: string,
    private readonly pki: TestPki,
  ) {}

  /** The PEM file of the root to configure as SIGNATURE_TRUST_ANCHORS_FILE. */
  get trustAnchorsFile(): string {
    return join(this.dir, TRUST_ANCHORS_FILE);
  }

  /** The PEM file of the issuing CA, SIGNATURE_INTERMEDIATES_FILE (signatures carry only the signer's). */
  get intermediatesFile(): string {
    return join(this.dir, INTERMEDIATES_FILE);
  }

  /** Opens the CA kept in `dir`, making it (valid ten years from `now`) if there is none yet. */
  static async open(dir: string, now: Date): Promise<DemoCa> {
    const file = join(dir, CA_FILE);
    if (existsSync(file)) {
      const stored = JSON.parse(readFileSync(file, 'utf8')) as StoredPki;
      return new DemoCa(dir, await TestPki.restore(stored));
    }
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const pki = await TestPki.create(
      'KZPS DEMO, NOT FOR PRODUCTION',
      { validFrom: new Date(now.getTime() - DAY_MS), validTo: new Date(now.getTime() + 3650 * DAY_MS) },
      { extractable: true },
    );
    writeFileSync(join(dir, TRUST_ANCHORS_FILE), pki.root.pem, { mode: 0o644 });
    writeFileSync(join(dir, INTERMEDIATES_FILE), pki.issuingCa.pem, { mode: 0o644 });
    // Written whole, then renamed: a run stopped half-way never leaves a CA without its keys.
    const partial = `${file}.partial`;
    writeFileSync(partial, JSON.stringify(await pki.store()), { mode: 0o600 });
    renameSync(partial, file);
    return new DemoCa(dir, pki);
  }

  /** A signing certificate for a demo holder (a fresh key), valid a year from `now` unless told otherwise. */
  issue(holder: Omit<HolderOptions, 'validFrom' | 'validTo'> & { now: Date }): Promise<KeyHolder> {
    const { now, ...options } = holder;
    return this.pki.issue({
      ...options,
      validFrom: new Date(now.getTime() - DAY_MS),
      validTo: new Date(now.getTime() + 365 * DAY_MS),
    });
  }
}
