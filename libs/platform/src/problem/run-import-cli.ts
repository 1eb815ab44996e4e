import { DomainError } from './problem';

/**
 * Runs an all-or-nothing import tool's `main` and exits with its code. A `DomainError` is the import refused:
 * its code and detail go to stderr, its report (or its other details) as JSON to stdout, exit 1, nothing was
 * written. Any other failure prints its message and exits 1.
 */
export function runImportCli(main: () => Promise<number>): void {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      if (error instanceof DomainError) {
        process.stderr.write(`\n${error.code}: ${error.detail ?? error.message} (nothing was imported)\n`);
        process.stdout.write(`${JSON.stringify(error.extensions.report ?? error.extensions, null, 2)}\n`);
      } else {
        process.stderr.write(`\n${error instanceof Error ? error.message : String(error)}\n`);
      }
      process.exit(1);
    },
  );
}
