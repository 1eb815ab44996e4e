import { execFileSync, spawnSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { repoRoot } from './kubectl';

/** Debian's `prometheus` package ships promtool; CI reaches Debian's archive and the npm registry only. */
const DEBIAN_PACKAGE = 'prometheus';
const cached = join(repoRoot, 'node_modules', '.cache', 'kzps-deploy', 'promtool');

function answers(command: string): boolean {
  return spawnSync(command, ['--version'], { stdio: 'ignore' }).status === 0;
}

/**
 * `apt-get download` needs no root: it fetches the .deb into the working directory, and `dpkg-deb` unpacks
 * promtool out of it, so nothing is installed system-wide. On a machine whose package lists were never
 * fetched, root refreshes them first.
 */
function downloadFromDebian(): Buffer {
  const work = mkdtempSync(join(tmpdir(), 'kzps-promtool-'));
  try {
    const download = () =>
      spawnSync('apt-get', ['download', DEBIAN_PACKAGE], { cwd: work, stdio: ['ignore', 'ignore', 'pipe'] });
    let result = download();
    if (result.status !== 0 && process.getuid?.() === 0) {
      execFileSync('apt-get', ['update'], { stdio: 'ignore' });
      result = download();
    }
    const deb = readdirSync(work).find((name) => name.endsWith('.deb'));
    if (result.status !== 0 || !deb) {
      throw new Error(`apt-get download ${DEBIAN_PACKAGE} failed: ${result.stderr?.toString() ?? ''}`);
    }
    const tar = execFileSync('dpkg-deb', ['--fsys-tarfile', join(work, deb)], {
      maxBuffer: 512 * 1024 * 1024,
    });
    return execFileSync('tar', ['-xO', './usr/bin/promtool'], { input: tar, maxBuffer: 256 * 1024 * 1024 });
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/**
 * The path of a promtool: the one on PATH, else one unpacked from Debian's package into node_modules/.cache
 * (once per checkout). Throws when neither can be had: the rules' checks are then a failure, never skipped.
 */
export function ensurePromtool(): string {
  if (answers('promtool')) return 'promtool';
  if (existsSync(cached) && answers(cached)) return cached;
  mkdirSync(dirname(cached), { recursive: true });
  const partial = `${cached}.${process.pid}.partial`;
  writeFileSync(partial, downloadFromDebian());
  chmodSync(partial, 0o755);
  // A rename is atomic: a concurrent run sees either no promtool or a whole one.
  renameSync(partial, cached);
  return cached;
}
