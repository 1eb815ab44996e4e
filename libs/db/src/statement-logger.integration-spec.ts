import { Logger, type LoggerService } from '@nestjs/common';
import { createTestDatabase, type TestDatabase } from '@kzps/testing';
import { DataSource } from 'typeorm';
import { serviceDataSourceOptions } from './data-source-options';
import { statementOf } from './statement-logger';

const IIN = '850101300123';
const GIVEN_NAME = 'Айгүл';
const FAMILY_NAME = 'Нұрланқызы';

/** Everything written while `run` runs: Nest's logger, the console, and stdout/stderr themselves. */
async function outputOf(run: () => Promise<void>): Promise<string> {
  const lines: string[] = [];
  const keep = (...parts: unknown[]): void => {
    lines.push(parts.map((part) => (typeof part === 'string' ? part : JSON.stringify(part))).join(' '));
  };
  const capture: LoggerService = {
    log: keep,
    error: keep,
    warn: keep,
    debug: keep,
    verbose: keep,
    fatal: keep,
  };
  Logger.overrideLogger(capture);
  const spies = [
    jest.spyOn(console, 'log').mockImplementation(keep),
    jest.spyOn(console, 'info').mockImplementation(keep),
    jest.spyOn(console, 'warn').mockImplementation(keep),
    jest.spyOn(console, 'error').mockImplementation(keep),
    jest.spyOn(process.stdout, 'write').mockImplementation((chunk) => (keep(String(chunk)), true)),
    jest.spyOn(process.stderr, 'write').mockImplementation((chunk) => (keep(String(chunk)), true)),
  ];
  try {
    await run();
  } finally {
    spies.forEach((spy) => spy.mockRestore());
    Logger.overrideLogger(false);
  }
  return lines.join('\n');
}

describe('failed queries in the logs (Art. 24: no personal data)', () => {
  let database: TestDatabase;
  let dataSource: DataSource;

  beforeAll(async () => {
    database = await createTestDatabase('db_statement_logger');
    dataSource = new DataSource(
      serviceDataSourceOptions({ url: database.url, entities: [], migrations: [], logging: true }),
    );
    await dataSource.initialize();
    await dataSource.query(
      `CREATE TABLE person (iin char(12) UNIQUE, given_name text, family_name text, born date)`,
    );
    await dataSource.query(`INSERT INTO person (iin, given_name, family_name) VALUES ($1, $2, $3)`, [
      IIN,
      GIVEN_NAME,
      FAMILY_NAME,
    ]);
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  it('logs a failed query by its statement and error code, never its parameters', async () => {
    const output = await outputOf(async () => {
      const failures = [
        // a unique violation: PostgreSQL's detail repeats the key, TypeORM's logger the whole row
        dataSource.query(`INSERT INTO person (iin, given_name, family_name) VALUES ($1, $2, $3)`, [
          IIN,
          GIVEN_NAME,
          FAMILY_NAME,
        ]),
        // a value of the wrong type beside the personal data
        dataSource.query(`UPDATE person SET born = $1 WHERE iin = $2 AND family_name = $3`, [
          'not a date',
          IIN,
          FAMILY_NAME,
        ]),
      ];
      for (const failure of failures) await expect(failure).rejects.toThrow();
    });
    expect(output).toContain('query failed');
    expect(output).toContain('INSERT person');
    expect(output).toContain('23505');
    expect(output).toContain('22007');
    expect(output).not.toContain(IIN);
    expect(output).not.toContain(GIVEN_NAME);
    expect(output).not.toContain(FAMILY_NAME);
  });

  it('names a statement by its kind and table', () => {
    expect(statementOf('INSERT INTO "service_entry"("id", "code") VALUES ($1, $2)')).toBe(
      'INSERT service_entry',
    );
    expect(statementOf('SELECT "s"."id" FROM "registry"."service" "s" WHERE "s"."iin" = $1')).toBe(
      'SELECT registry.service',
    );
    expect(statementOf('COMMIT')).toBe('COMMIT');
  });
});
