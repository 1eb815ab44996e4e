import type { RunResults } from '@kzps/testing';

declare function serviceLogCheck<T extends RunResults>(results: T): T;
declare namespace serviceLogCheck {
  function checkServiceLogs<T extends RunResults>(results: T, directory: string | undefined): T;
}
export = serviceLogCheck;
