import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SERVICE_LOG_TEST, type RunResults } from '@kzps/testing';
import { checkServiceLogs } from './service-log-check.cjs';

/** A run of one passing test, as Jest hands it to the results processor. */
function passedRun(): RunResults {
  return {
    success: true,
    numTotalTests: 1,
    numPassedTests: 1,
    numFailedTests: 0,
    numTotalTestSuites: 1,
    numPassedTestSuites: 1,
    numFailedTestSuites: 0,
    testResults: [{}],
  };
}

const maskedLine =
  '{"level":"info","service":"applications-svc","applicant":{"iin":"8501******24"},"msg":"ok"}';

describe('npm test fails when a service logged personal data (issue 13, defect 2)', () => {
  let directory: string;

  beforeEach(() => {
    directory = mkdtempSync(join(tmpdir(), 'kzps-service-logs-'));
  });

  afterEach(() => {
    rmSync(directory, { recursive: true, force: true });
  });

  it('fails a passing run on one line with an IIN in full, naming the file and line, and keeps the logs', () => {
    writeFileSync(
      join(directory, '4242.log'),
      `${maskedLine}\n{"level":"warn","msg":"query failed -- PARAMETERS: [\\"850101300124\\"]"}\n`,
    );
    const checked = checkServiceLogs(passedRun(), directory);
    expect(checked).toMatchObject({ success: false, numTotalTests: 2, numPassedTests: 1, numFailedTests: 1 });
    expect(checked.testResults[1]).toMatchObject({
      numFailingTests: 1,
      testResults: [
        {
          status: 'failed',
          title: `${SERVICE_LOG_TEST}: 2 lines read`,
          failureMessages: [`${directory}/4242.log:2: an IIN or BIN in full (8501******24)`],
        },
      ],
    });
    expect(existsSync(directory)).toBe(true);
  });

  it('fails the run on the name of a person the fixtures use (a demo user), under any key', () => {
    writeFileSync(
      join(directory, '4242.log'),
      `${maskedLine}\n{"msg":"signed in","holder":"Айгерим Сапарова"}\n`,
    );
    expect(checkServiceLogs(passedRun(), directory)).toMatchObject({ success: false, numFailedTests: 1 });
  });

  it('passes a run whose lines are masked, counting the check as one more test, and removes the logs', () => {
    writeFileSync(join(directory, '4242.log'), `${maskedLine}\n${maskedLine}\n`);
    const checked = checkServiceLogs(passedRun(), directory);
    expect(checked).toMatchObject({ success: true, numTotalTests: 2, numPassedTests: 2, numFailedTests: 0 });
    expect(existsSync(directory)).toBe(false);
  });
});
