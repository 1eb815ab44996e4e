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

const repoRoot = join(__dirname, '..', '..', '..');

export interface DebianBinary {
  /** The command when it is on PATH (or an absolute path where the system package puts it). */
  command: string;
  /** Debian's package that ships it. */
  debianPackage: string;
  /** Its path inside the package's file tree, e.g. `./usr/bin/promtool`. */
  pathInPackage: string;
  /** Arguments it answers with exit status 0 (`--version`). */
  versionArgs: string[];
}

function answers(command: string, versionArgs: string[]): boolean {
  return spawnSync(command, versionArgs, { stdio: 'ignore' }).status === 0;
}

/**
 * `apt-get download` needs no root: it fetches the .deb into the working directory, and `dpkg-deb` unpacks
 * the one file out of it, so nothing is installed system-wide. On a machine whose package lists were never
 * fetched, root refreshes them first.
 */
function downloadFromDebian(binary: DebianBinary): Buffer {
  const work = mkdtempSync(join(tmpdir(), 'kzps-debian-'));
  try {
    const download = () =>
      spawnSync('apt-get', ['download', binary.debianPackage], {
        cwd: work,
        stdio: ['ignore', 'ignore', 'pipe'],
      });
    let result = download();
    if (result.status !== 0 && process.getuid?.() === 0) {
      execFileSync('apt-get', ['update'], { stdio: 'ignore' });
      result = download();
    }
    const deb = readdirSync(work).find((name) => name.endsWith('.deb'));
    if (result.status !== 0 || !deb) {
      throw new Error(`apt-get download ${binary.debianPackage} failed: ${result.stderr?.toString() ?? ''}`);
    }
    const tar = execFileSync('dpkg-deb', ['--fsys-tarfile', join(work, deb)], {
      maxBuffer: 512 * 1024 * 1024,
    });
    return execFileSync('tar', ['-xO', binary.pathInPackage], { input: tar, maxBuffer: 256 * 1024 * 1024 });
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/**
 * The path of a program from a Debian package: the installed one, else one unpacked from Debian's package
 * into node_modules/.cache/kzps-debian (once per checkout). Throws when neither can be had, so a check that
 * needs it fails rather than being skipped.
 */
export function debianBinary(binary: DebianBinary): string {
  if (answers(binary.command, binary.versionArgs)) return binary.command;
  const cached = join(
    repoRoot,
    'node_modules',
    '.cache',
    'kzps-debian',
    binary.debianPackage,
    binary.pathInPackage,
  );
  if (existsSync(cached) && answers(cached, binary.versionArgs)) return cached;
  mkdirSync(dirname(cached), { recursive: true });
  const partial = `${cached}.${process.pid}.partial`;
  writeFileSync(partial, downloadFromDebian(binary));
  chmodSync(partial, 0o755);
  // A rename is atomic: a concurrent run sees either no program or a whole one.
  renameSync(partial, cached);
  return cached;
}
