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

/** One file of a Debian package. */
export interface DebianFile {
  debianPackage: string;
  /** Its path inside the package's file tree, e.g. `./usr/bin/promtool` (a regular file, not a symlink). */
  pathInPackage: string;
}

export interface DebianBinary extends DebianFile {
  /** The command when it is on PATH (or an absolute path where the system package puts it). */
  command: string;
  /** Arguments it answers without doing anything (`--version`). */
  versionArgs: string[];
  /** The exit status it answers them with: 0 unless it has no such flag (wrk prints its usage and exits 1). */
  versionStatus?: number;
  /**
   * Shared libraries a machine without the package lacks (wrk's LuaJIT), each saved under its soname beside
   * the unpacked program and found through LD_LIBRARY_PATH.
   */
  libraries?: Array<DebianFile & { soname: string }>;
}

/** A program to spawn: its path, and the environment it needs (where its unpacked libraries are). */
export interface DebianProgram {
  command: string;
  env: Record<string, string>;
}

/** Whether the program starts and answers as expected: a missing library makes the loader exit with 127. */
function answers(command: string, binary: DebianBinary, env: Record<string, string>): boolean {
  const result = spawnSync(command, binary.versionArgs, { stdio: 'ignore', env: { ...process.env, ...env } });
  return result.status === (binary.versionStatus ?? 0);
}

/**
 * `apt-get download` needs no root: it fetches the .deb into the working directory, and `dpkg-deb` unpacks
 * the one file out of it, so nothing is installed system-wide. On a machine whose package lists were never
 * fetched, root refreshes them first.
 */
function downloadFromDebian(file: DebianFile): Buffer {
  const work = mkdtempSync(join(tmpdir(), 'kzps-debian-'));
  try {
    const download = () =>
      spawnSync('apt-get', ['download', file.debianPackage], {
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
      throw new Error(`apt-get download ${file.debianPackage} failed: ${result.stderr?.toString() ?? ''}`);
    }
    const tar = execFileSync('dpkg-deb', ['--fsys-tarfile', join(work, deb)], {
      maxBuffer: 512 * 1024 * 1024,
    });
    return execFileSync('tar', ['-xO', file.pathInPackage], { input: tar, maxBuffer: 256 * 1024 * 1024 });
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** Unpacks one file of a package to `path`; a rename is atomic, so a concurrent run sees none or a whole one. */
function unpack(file: DebianFile, path: string, mode: number): void {
  mkdirSync(dirname(path), { recursive: true });
  const partial = `${path}.${process.pid}.partial`;
  writeFileSync(partial, downloadFromDebian(file));
  chmodSync(partial, mode);
  renameSync(partial, path);
}

/**
 * A program from a Debian package: the installed one, else one unpacked from Debian's package (with the
 * libraries it names) into node_modules/.cache/kzps-debian (once per checkout). Throws when neither can be
 * had, so a check that needs it fails rather than being skipped.
 */
export function debianProgram(binary: DebianBinary): DebianProgram {
  if (answers(binary.command, binary, {})) return { command: binary.command, env: {} };
  const dir = join(repoRoot, 'node_modules', '.cache', 'kzps-debian', binary.debianPackage);
  const command = join(dir, binary.pathInPackage);
  const libraries = join(dir, 'lib');
  const env: Record<string, string> = binary.libraries?.length ? { LD_LIBRARY_PATH: libraries } : {};
  if (existsSync(command) && answers(command, binary, env)) return { command, env };
  for (const library of binary.libraries ?? []) unpack(library, join(libraries, library.soname), 0o644);
  unpack(binary, command, 0o755);
  return { command, env };
}

/** The path of a program from a Debian package that needs no library of its own (`debianProgram`). */
export function debianBinary(binary: Omit<DebianBinary, 'libraries'>): string {
  return debianProgram(binary).command;
}
