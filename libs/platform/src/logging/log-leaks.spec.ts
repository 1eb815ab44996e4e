import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { createRootLogger } from './logger';
import { knownPersonalDataIn, logLeaksIn, personalDataLeaks } from './log-leaks';

// A valid check digit, and one that fails (the fixtures use both as a citizen's IIN).
const IIN = '850101300124';
const FIXTURE_IIN = '850101300123';
const fixtures = `
  const citizen = { subject: 'citizen-1', roles: ['recipient'], iin: '${FIXTURE_IIN}' };
  const user = { username: 'recipient', iin: '900315401233', name: 'Айгерим Сапарова' };
  const person = { givenName: 'Айгүл', familyName: 'Нұрланқызы' };
  const service = { name: 'Выдача справки', code: '01.02-001' };
`;
const known = knownPersonalDataIn([fixtures]);

function logged(write: (logger: ReturnType<typeof createRootLogger>) => void): string[] {
  let output = '';
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      output += chunk.toString();
      done();
    },
  });
  write(createRootLogger('test', 'debug', sink));
  return output.trim().split('\n');
}

describe('the run-wide log check (issue 13, defect 2)', () => {
  it('knows the fixtures’ IINs and people’s names, not a service’s name', () => {
    expect([...known.idNumbers].sort()).toEqual([FIXTURE_IIN, '900315401233']);
    expect([...known.names].sort()).toEqual(['Айгерим Сапарова', 'Айгүл', 'Нұрланқызы'].sort());
  });

  it('finds nothing in what the logger wrote about a citizen, masked', () => {
    const lines = logged((logger) =>
      logger.warn(
        { applicant: { iin: IIN, name: 'Айгерим Сапарова', givenName: 'Айгүл' }, iin: FIXTURE_IIN },
        `application of ${IIN} refused (request 0f8e2a51-3c7d-4b9e-a1f2-${IIN})`,
      ),
    );
    expect(lines.map((line) => personalDataLeaks(line, known))).toEqual([[]]);
  });

  it('finds an IIN in full, a fixture’s IIN whose check digit fails, and a fixture’s name under any key', () => {
    const line = JSON.stringify({
      level: 'error',
      msg: `query failed -- PARAMETERS: ["${IIN}","${FIXTURE_IIN}"]`,
      holder: 'Айгерим Сапарова',
    });
    expect(personalDataLeaks(line, known)).toEqual([
      'an IIN or BIN in full (8501******24)',
      "a fixture's IIN or BIN (8501******23)",
      "a fixture person's name (А…)",
    ]);
  });

  it('finds a name field or a person’s name left whole, even in a line of npm start', () => {
    const line = `[applications-svc] ${JSON.stringify({ surname: 'Петрова', recipient: { name: 'Асем Ким' } })}`;
    expect(personalDataLeaks(line)).toEqual([
      '"surname" is not redacted',
      '"recipient.name" is not redacted',
    ]);
  });

  it('reads every log file of a directory and names each leaking line by file and number', () => {
    const directory = mkdtempSync(join(tmpdir(), 'kzps-log-leaks-'));
    try {
      const clean = logged((logger) => logger.info({ iin: IIN }, 'ok'));
      writeFileSync(join(directory, '101.log'), `${clean.join('\n')}\n`);
      writeFileSync(join(directory, '102.log'), `${clean.join('\n')}\n{"msg":"citizen ${IIN}"}\n`);
      writeFileSync(join(directory, 'notes.txt'), `citizen ${IIN}\n`);
      expect(logLeaksIn(directory, known)).toEqual({
        lines: 3,
        leaks: [{ file: '102.log', line: 2, why: ['an IIN or BIN in full (8501******24)'] }],
      });
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  });
});
