// `node -r ./tools/scripts/register-ts.cjs script.ts`: runs TypeScript directly (benchmarks, child
// processes of integration tests), compiled in memory by @swc/core with the repository's .swcrc, path
// aliases included. No ts-node in the workspace: this is the one place that does it.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const swc = require('@swc/core');

const repoRoot = path.resolve(__dirname, '../..');
const swcrc = JSON.parse(fs.readFileSync(path.join(repoRoot, '.swcrc'), 'utf8'));
const options = { ...swcrc, swcrc: false, sourceMaps: 'inline', jsc: { ...swcrc.jsc, baseUrl: repoRoot } };

require.extensions['.ts'] = (module, filename) => {
  const { code } = swc.transformSync(fs.readFileSync(filename, 'utf8'), { ...options, filename });
  module._compile(code, filename);
};
