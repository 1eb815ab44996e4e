// Signs a request for the embedded run as the portal's signing software (NCALayer) would: a CMS detached
// signature over the body's canonical form (RFC 8785) with a certificate of the run's demo CA
// ($DATA_DIR/signature, made by `npm start`), and prints the body with its `signature`. Demo only.
//   node tools/scripts/demo-sign.mjs --iin 900315401233 request.json
//   node tools/scripts/demo-sign.mjs --bin 190840004325 < request.json
// Needs the build (`npm start` made it). The certificate is issued afresh on each call.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const require = createRequire(import.meta.url);
const { DemoCa } = require(join(root, 'dist/libs/signature/src/demo/demo-ca.js'));
const { signDetached } = require(join(root, 'dist/libs/signature/src/testing/test-pki.js'));

const { values, positionals } = parseArgs({
  options: { iin: { type: 'string' }, bin: { type: 'string' } },
  allowPositionals: true,
});
if (!values.iin && !values.bin) {
  process.stderr.write(
    'usage: demo-sign.mjs (--iin <IIN> | --bin <BIN> [--iin <employee IIN>]) [request.json]\n',
  );
  process.exit(2);
}
const { signature: _old, ...body } = JSON.parse(readFileSync(positionals[0] ?? 0, 'utf8'));
const now = new Date();
const ca = await DemoCa.open(join(process.env.DATA_DIR ?? join(root, '.data'), 'signature'), now);
const holder = await ca.issue({ iin: values.iin, bin: values.bin, now });
const signature = await signDetached(body, holder, { signingTime: now });
process.stdout.write(`${JSON.stringify({ ...body, signature }, null, 2)}\n`);
