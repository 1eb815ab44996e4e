#!/usr/bin/env node
// Runs the broker from the root build (dist/) when it is at least as new as the sources; otherwise
// compiles the TypeScript sources on the fly with @swc/core, so it works right after `npm ci`.
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const toolRoot = path.resolve(__dirname, '..');
const repoRoot = path.resolve(toolRoot, '../..');
const sourceDir = path.join(toolRoot, 'src');
const builtCli = path.join(repoRoot, 'dist/tools/kafka-lite/src/cli.js');

function newestSourceTime(dir) {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSourceTime(full));
    else if (entry.name.endsWith('.ts')) newest = Math.max(newest, fs.statSync(full).mtimeMs);
  }
  return newest;
}

function loadFromSources() {
  const swc = require('@swc/core');
  const swcrc = JSON.parse(fs.readFileSync(path.join(repoRoot, '.swcrc'), 'utf8'));
  const options = {
    ...swcrc,
    swcrc: false,
    sourceMaps: 'inline',
    jsc: { ...swcrc.jsc, baseUrl: repoRoot },
  };
  const compileTs = (module, filename) => {
    const { code } = swc.transformSync(fs.readFileSync(filename, 'utf8'), { ...options, filename });
    module._compile(code, filename);
  };
  require.extensions['.ts'] = compileTs;
  return require(path.join(sourceDir, 'cli.ts'));
}

function loadCli() {
  const builtIsFresh =
    fs.existsSync(builtCli) && fs.statSync(builtCli).mtimeMs >= newestSourceTime(sourceDir);
  if (builtIsFresh) return require(builtCli);
  try {
    return loadFromSources();
  } catch (error) {
    // Production images may ship dist/ without devDependencies: a stale build beats none.
    if (fs.existsSync(builtCli)) return require(builtCli);
    throw error;
  }
}

loadCli()
  .main(process.argv.slice(2))
  .catch((error) => {
    console.error('kafka-lite:', error);
    process.exit(1);
  });
