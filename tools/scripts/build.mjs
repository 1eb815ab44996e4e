// Compiles the whole workspace (apps, libs, kafka-lite) with SWC into dist/, path aliases rewritten to
// relative requires. Type checking is `npm run typecheck`; SWC only transpiles, which takes about a second.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
rmSync(join(root, 'dist'), { recursive: true, force: true });
const result = spawnSync(
  join(root, 'node_modules', '.bin', 'swc'),
  [
    'apps',
    'libs',
    'tools/kafka-lite/src',
    '-d',
    'dist',
    '--ignore',
    '**/*.spec.ts,**/*.integration-spec.ts,**/test/**',
    '--quiet',
  ],
  { cwd: root, stdio: 'inherit' },
);
// A compiler that could not be started at all (missing after an incomplete install) says so, not only exit 1.
if (result.error) process.stderr.write(`build: ${result.error.message}\n`);
process.exit(result.status ?? 1);
