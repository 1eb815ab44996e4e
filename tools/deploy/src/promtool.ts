import { debianBinary } from '@kzps/testing';

/**
 * The path of a promtool: the one on PATH, else one unpacked from Debian's `prometheus` package (CI reaches
 * Debian's archive and the npm registry only) into node_modules/.cache (once per checkout). Throws when
 * neither can be had: the rules' checks are then a failure, never skipped.
 */
export function ensurePromtool(): string {
  return debianBinary({
    command: 'promtool',
    debianPackage: 'prometheus',
    pathInPackage: './usr/bin/promtool',
    versionArgs: ['--version'],
  });
}
