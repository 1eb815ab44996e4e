// Generates a TypeORM migration for one app from the difference between its entities and its migrations.
//   npm run migration:generate -- registry-svc AddServiceSearchIndex
// Uses DATABASE_URL (a server URL) if set, otherwise a throw-away embedded PostgreSQL. The existing
// migrations run on a scratch database first, so the new file holds only what changed. Read the result
// before committing it: it is a proposal, and migrations are never edited after they land.
import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const require = createRequire(import.meta.url);
const [app, name] = process.argv.slice(2);

if (
  !app ||
  !name ||
  !/^[A-Z][A-Za-z0-9]+$/.test(name) ||
  !existsSync(join(root, 'apps', app, 'src', 'entities.ts'))
) {
  console.error('usage: npm run migration:generate -- <app> <PascalCaseName>');
  console.error('  <app> is an app folder with src/entities.ts, e.g. registry-svc');
  process.exit(2);
}

const build = spawnSync(process.execPath, [join(root, 'tools/scripts/build.mjs')], {
  cwd: root,
  stdio: 'inherit',
});
if (build.status !== 0) process.exit(build.status ?? 1);

require('reflect-metadata');
const { DataSource } = require('typeorm');
const { serviceDataSourceOptions } = require(join(root, 'dist/libs/db/src'));
const { entities } = require(join(root, 'dist/apps', app, 'src/entities.js'));
const { migrations } = require(join(root, 'dist/apps', app, 'src/migrations/index.js'));

async function withServer(work) {
  if (process.env.DATABASE_URL) return work(process.env.DATABASE_URL);
  // The same throw-away embedded PostgreSQL the tests start (libs/testing), from the build just made.
  const { startEmbeddedPostgres } = require(join(root, 'dist/libs/testing/src/embedded-postgres.js'));
  const server = await startEmbeddedPostgres();
  try {
    return await work(server.url);
  } finally {
    await server.stop();
  }
}

function quote(sql) {
  return '`' + sql.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${') + '`';
}

await withServer(async (serverUrl) => {
  const scratch = `migrate_${Date.now()}`;
  const admin = new DataSource({ type: 'postgres', url: serverUrl });
  await admin.initialize();
  await admin.query(`CREATE DATABASE "${scratch}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${scratch}`;
  const dataSource = new DataSource(serviceDataSourceOptions({ url: url.toString(), entities, migrations }));
  try {
    await dataSource.initialize();
    const { upQueries, downQueries } = await dataSource.driver.createSchemaBuilder().log();
    if (upQueries.length === 0) {
      console.log(`No changes: the migrations of ${app} already match its entities.`);
      return;
    }
    const timestamp = Date.now();
    const className = `${name}${timestamp}`;
    const kebab = name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
    const file = join(root, 'apps', app, 'src', 'migrations', `${timestamp}-${kebab}.ts`);
    const up = upQueries.map((q) => `    await queryRunner.query(${quote(q.query)});`).join('\n');
    const down = downQueries
      .reverse()
      .map((q) => `    await queryRunner.query(${quote(q.query)});`)
      .join('\n');
    writeFileSync(
      file,
      `import type { MigrationInterface, QueryRunner } from 'typeorm';\n\n` +
        `export class ${className} implements MigrationInterface {\n` +
        `  name = '${className}';\n\n` +
        `  async up(queryRunner: QueryRunner): Promise<void> {\n${up}\n  }\n\n` +
        `  async down(queryRunner: QueryRunner): Promise<void> {\n${down}\n  }\n}\n`,
    );
    const index = join(root, 'apps', app, 'src', 'migrations', 'index.ts');
    console.log(`Wrote ${file.replace(root + '/', '')}`);
    console.log(
      `Add ${className} to the end of the list in ${index.replace(root + '/', '')} after reading it.`,
    );
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
    await admin.query(`DROP DATABASE IF EXISTS "${scratch}" WITH (FORCE)`);
    await admin.destroy();
  }
});
