// One Jest run for the whole workspace: every project below is a Jest project, and the global setup
// starts one embedded PostgreSQL and one kafka-lite broker for the run (unless external ones are given).
const fs = require('node:fs');
const path = require('node:path');

const swcrc = JSON.parse(fs.readFileSync(path.join(__dirname, '.swcrc'), 'utf8'));
const { paths } = swcrc.jsc;
const moduleNameMapper = Object.fromEntries(
  Object.entries(paths).map(([alias, [target]]) => [`^${alias}$`, path.join(__dirname, target)]),
);
const swcOptions = { ...swcrc, jsc: { ...swcrc.jsc, baseUrl: __dirname }, swcrc: false };

function projectsIn(dir) {
  const abs = path.join(__dirname, dir);
  if (!fs.existsSync(abs)) return [];
  return fs
    .readdirSync(abs)
    .filter((name) => fs.existsSync(path.join(abs, name, 'project.json')))
    .map((name) => path.join(dir, name));
}

// `*.containers-spec.ts` need the engines that TEST_INFRA=containers starts in Docker (Keycloak): they run
// only then, never in the default embedded run (libs/testing/README.md).
const containerSpecs = process.env.TEST_INFRA === 'containers' ? ['<rootDir>/**/*.containers-spec.ts'] : [];

const projects = ['apps', 'libs', 'tools'].flatMap(projectsIn).map((root) => ({
  displayName: JSON.parse(fs.readFileSync(path.join(__dirname, root, 'project.json'), 'utf8')).name,
  rootDir: path.join(__dirname, root),
  testEnvironment: 'node',
  testMatch: [
    '<rootDir>/**/*.spec.ts',
    '<rootDir>/**/*.integration-spec.ts',
    '<rootDir>/**/*.e2e-spec.ts',
    ...containerSpecs,
  ],
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
  transform: { '^.+\\.ts$': ['@swc/jest', swcOptions] },
  moduleNameMapper,
}));

module.exports = {
  projects,
  globalSetup: path.join(__dirname, 'libs/testing/src/global-setup.ts'),
  globalTeardown: path.join(__dirname, 'libs/testing/src/global-teardown.ts'),
  // Fails the run when a line the services logged carries an IIN or a person's name (issue 13, defect 2).
  testResultsProcessor: path.join(__dirname, 'tools/scripts/service-log-check.cjs'),
  maxWorkers: process.env.JEST_MAX_WORKERS ?? 2,
  testTimeout: 60_000,
};
