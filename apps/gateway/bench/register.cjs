// Minimal require hook so the benchmark runs from TypeScript source with the workspace's SWC settings and
// path aliases (no ts-node in the workspace): node -r ./apps/gateway/bench/register.cjs <file.ts>
const fs = require('node:fs');
const path = require('node:path');
const swc = require('@swc/core');

const root = path.join(__dirname, '..', '..', '..');
const swcrc = JSON.parse(fs.readFileSync(path.join(root, '.swcrc'), 'utf8'));
const options = { ...swcrc, jsc: { ...swcrc.jsc, baseUrl: root }, swcrc: false, sourceMaps: 'inline' };

require.extensions['.ts'] = (module, filename) => {
  const { code } = swc.transformSync(fs.readFileSync(filename, 'utf8'), { ...options, filename });
  module._compile(code, filename);
};
