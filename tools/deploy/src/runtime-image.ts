import { execFileSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { repoRoot } from './kubectl';

interface LockEntry {
  dev?: boolean;
  devOptional?: boolean;
  link?: boolean;
}

/**
 * What the image holds, laid out in a temporary folder without a Docker engine: the apps and libs built with
 * SWC into dist/ (as `npm run build` does), package.json, and a node_modules with the production packages of
 * package-lock.json only (links to the installed ones), so an app that needs a devDependency or the
 * kafka-lite workspace at run time fails to start as it would in the image. Readable by every user, as the
 * image's files are to its `node` user.
 */
export function buildRuntimeImage(): string {
  const root = mkdtempSync(join(tmpdir(), 'kzps-image-'));
  chmodSync(root, 0o755);
  execFileSync(
    join(repoRoot, 'node_modules', '.bin', 'swc'),
    [
      'apps',
      'libs',
      '-d',
      join(root, 'dist'),
      '--ignore',
      '**/*.spec.ts,**/*.integration-spec.ts,**/test/**',
      '--quiet',
    ],
    { cwd: repoRoot, stdio: 'inherit' },
  );
  copyFileSync(join(repoRoot, 'package.json'), join(root, 'package.json'));
  const lock = JSON.parse(readFileSync(join(repoRoot, 'package-lock.json'), 'utf8')) as {
    packages: Record<string, LockEntry>;
  };
  for (const [path, entry] of Object.entries(lock.packages)) {
    const topLevel = /^node_modules\/(@[^/]+\/)?[^/]+$/.test(path);
    if (!topLevel || entry.dev || entry.devOptional || entry.link) continue;
    mkdirSync(dirname(join(root, path)), { recursive: true });
    symlinkSync(join(repoRoot, path), join(root, path));
  }
  return root;
}
