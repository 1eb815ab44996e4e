import type { RunResults } from '@kzps/testing';

declare function serviceLogCheck<T extends RunResults>(results: T): T;
declare namespace serviceLogCheck {
  function checkServiceLogs<T extends RunResults>(results: T, directory: string | undefined): T;
  function serviceLogLeaks(directory: string): {
    lines: number;
    leaks: Array<{ file: string; line: number; why: string[] }>;
  };
}
export = serviceLogCheck;
