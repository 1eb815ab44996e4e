/** The parts of Jest's aggregated results the run's log check reads and adds to. */
export interface RunResults {
  success: boolean;
  numTotalTests: number;
  numPassedTests: number;
  numFailedTests: number;
  numTotalTestSuites: number;
  numPassedTestSuites: number;
  numFailedTestSuites: number;
  testResults: object[];
}

/** What the check found in the run's service logs (`logLeaksIn` of libs/platform). */
export interface ServiceLogScan {
  directory: string;
  lines: number;
  leaks: ReadonlyArray<{ file: string; line: number; why: string[] }>;
}

export const SERVICE_LOG_TEST = 'no IIN and no person’s name in any line the services logged (Art. 24, D6)';

/**
 * The run's results with the log check as one more test (issue 13, defect 2): passed when it read lines and
 * none leaks, failed naming each leaking line (file, line number, why; never the line). A failure fails the
 * run: Jest exits non-zero when `success` is false, and `npm test`'s closing line counts it.
 */
export function withServiceLogVerdict<T extends RunResults>(
  results: T,
  scan: ServiceLogScan,
  now: number,
): T {
  if (scan.lines === 0) return results;
  const failed = scan.leaks.length > 0;
  const failureMessages = scan.leaks.map(
    ({ file, line, why }) => `${scan.directory}/${file}:${line}: ${why.join('; ')}`,
  );
  const assertion = {
    ancestorTitles: ['service logs of the run'],
    duration: 0,
    failureDetails: [],
    failureMessages,
    fullName: `service logs of the run ${SERVICE_LOG_TEST}`,
    invocations: 1,
    location: null,
    numPassingAsserts: failed ? 0 : 1,
    retryReasons: [],
    status: failed ? 'failed' : 'passed',
    title: `${SERVICE_LOG_TEST}: ${scan.lines} lines read`,
  };
  const suite = {
    failureMessage: failed ? failureMessages.join('\n') : null,
    leaks: [],
    numFailingTests: failed ? 1 : 0,
    numPassingTests: failed ? 0 : 1,
    numPendingTests: 0,
    numTodoTests: 0,
    openHandles: [],
    perfStats: { end: now, runtime: 0, slow: false, start: now },
    skipped: false,
    snapshot: {
      added: 0,
      fileDeleted: false,
      matched: 0,
      unchecked: 0,
      uncheckedKeys: [],
      unmatched: 0,
      updated: 0,
    },
    testFilePath: scan.directory,
    testResults: [assertion],
  };
  return {
    ...results,
    success: results.success && !failed,
    numTotalTests: results.numTotalTests + 1,
    numPassedTests: results.numPassedTests + (failed ? 0 : 1),
    numFailedTests: results.numFailedTests + (failed ? 1 : 0),
    numTotalTestSuites: results.numTotalTestSuites + 1,
    numPassedTestSuites: results.numPassedTestSuites + (failed ? 0 : 1),
    numFailedTestSuites: results.numFailedTestSuites + (failed ? 1 : 0),
    testResults: [...results.testResults, suite],
  };
}
