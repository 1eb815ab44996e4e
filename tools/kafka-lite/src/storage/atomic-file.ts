import * as fs from 'node:fs';

/** Write-then-rename, so a crash leaves either the old or the new content, never half of one. */
export function writeFileAtomically(file: string, content: string): void {
  const temporary = `${file}.tmp`;
  const fd = fs.openSync(temporary, 'w');
  try {
    fs.writeSync(fd, content);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  fs.renameSync(temporary, file);
}
