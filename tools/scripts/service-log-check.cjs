// Jest's testResultsProcessor (jest.config.js): once every test has run, reads every line the services logged
// during the run (the test apps write them to the run's service-log directory, libs/testing `testServiceLog`;
// the e2e adds the embedded run's output) and fails the run when one carries an IIN or a person's name
// (issue 13, defect 2; docs/architecture.md D6). The detector is libs/platform's, the one the logger masks by,
// plus the IINs and names the repository's fixtures write.
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '../..');

/** Every TypeScript source of the workspace: the fixtures, demo users and demo data name people. */
function sources(dir, found = []) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name === 'dist' || entry.name.startsWith('.')) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) sources(full, found);
    else if (entry.name.endsWith('.ts')) found.push(fs.readFileSync(full, 'utf8'));
  }
  return found;
}

/**
 * The rule, in one place for every run that collects service logs (Jest's, `npm run proof`): every line of the
 * `*.log` files in `directory` read with libs/platform's detector and the personal data the sources name.
 */
function serviceLogLeaks(directory) {
  // Loaded only now, after the run: TypeScript compiled in memory with the repository's .swcrc, in place of
  // the hook Jest left for its global setup (inside a Jest test, Jest's own transform compiles it).
  require('./register-ts.cjs');
  const { knownPersonalDataIn, logLeaksIn } = require(
    path.join(root, 'libs/platform/src/logging/log-leaks.ts'),
  );
  const known = knownPersonalDataIn(
    ['apps', 'libs', 'tools'].flatMap((dir) => sources(path.join(root, dir))),
  );
  return logLeaksIn(directory, known);
}

/** The results with the log check of `directory` added; the directory is removed when it is clean. */
function checkServiceLogs(results, directory) {
  if (!directory || !fs.existsSync(directory)) return results;
  require('./register-ts.cjs');
  const { withServiceLogVerdict } = require(path.join(root, 'libs/testing/src/service-log-verdict.ts'));
  const { lines, leaks } = serviceLogLeaks(directory);
  const checked = withServiceLogVerdict(results, { directory, lines, leaks }, Date.now());
  if (leaks.length > 0) {
    process.stderr.write(
      `\nservice logs: ${leaks.length} of ${lines} lines carry personal data (kept in ${directory}):\n` +
        leaks.map(({ file, line, why }) => `  ${file}:${line}: ${why.join('; ')}\n`).join(''),
    );
  } else {
    process.stderr.write(`\nservice logs: ${lines} lines read, no IIN and no person's name\n`);
    fs.rmSync(directory, { recursive: true, force: true });
  }
  return checked;
}

module.exports = (results) => checkServiceLogs(results, process.env.KZPS_SERVICE_LOG_DIR);
module.exports.checkServiceLogs = checkServiceLogs;
module.exports.serviceLogLeaks = serviceLogLeaks;
