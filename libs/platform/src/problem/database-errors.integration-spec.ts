import { createTestDatabase, type TestDatabase } from '@kzps/testing';
import { DataSource } from 'typeorm';
import { ConstraintProblems } from './constraint-problems';
import { domainErrors } from './problem';
import { toProblem } from './to-problem';

const thingError = domainErrors({
  THING_CODE_TAKEN: {
    status: 409,
    title: 'The code is already used',
    localizedTitle: { kk: 'Код бос емес', ru: 'Код уже занят' },
  },
});

/** Real PostgreSQL errors, as TypeORM throws them to a request handler, mapped to problem documents. */
describe('PostgreSQL errors that are the client’s fault', () => {
  let database: TestDatabase;
  let dataSource: DataSource;

  beforeAll(async () => {
    database = await createTestDatabase('platform');
    dataSource = await new DataSource({ type: 'postgres', url: database.url }).initialize();
    await dataSource.query(`
      CREATE TABLE thing (
        code varchar(5) UNIQUE,
        position int,
        due date,
        at timestamptz,
        level text CHECK (level IN ('oblast', 'district'))
      )`);
    await dataSource.query(`INSERT INTO thing (code) VALUES ('taken')`);
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  async function problemOf(sql: string, parameters: unknown[]) {
    const error: unknown = await dataSource.query(sql, parameters).then(
      () => undefined,
      (thrown: unknown) => thrown,
    );
    expect(error).toBeDefined();
    return toProblem(error, '/things', 'req-1');
  }

  it.each([
    ['a number out of range (22003)', 'INSERT INTO thing (position) VALUES ($1)', [99_999_999_999]],
    ['a string longer than the column (22001)', 'INSERT INTO thing (code) VALUES ($1)', ['too-long']],
    ['a malformed date (22007)', 'INSERT INTO thing (due) VALUES ($1)', ['31.01.2020']],
    ['a date that does not exist (22008)', 'INSERT INTO thing (at) VALUES ($1)', ['2025-02-30T10:00:00Z']],
    ['a value a CHECK refuses (23514)', 'INSERT INTO thing (level) VALUES ($1)', ['planet']],
  ])('answers %s with a 400 problem, not a 500', async (_name, sql, parameters) => {
    const problem = await problemOf(sql, parameters);
    expect(problem).toMatchObject({
      status: 400,
      code: 'BAD_REQUEST',
      type: 'urn:kzps:problem:bad-request',
      instance: '/things',
      requestId: 'req-1',
      localizedTitle: { kk: 'Қате сұрау', ru: 'Некорректный запрос' },
    });
    expect(problem.detail).toEqual(expect.any(String));
  });

  it('says what did not fit in its own words, never the database’s (issue 12: no internals)', async () => {
    const problem = await problemOf('INSERT INTO thing (position) VALUES ($1)', [99_999_999_999]);
    expect(problem.detail).toBe('A number is out of the allowed range');
    const tooLong = await problemOf('INSERT INTO thing (code) VALUES ($1)', ['too-long']);
    expect(tooLong.detail).toBe('A text is longer than allowed');
    expect(JSON.stringify(tooLong)).not.toContain('character varying');
  });

  it('answers a duplicate key with a 409 problem that does not name the constraint', async () => {
    const problem = await problemOf('INSERT INTO thing (code) VALUES ($1)', ['taken']);
    expect(problem).toMatchObject({ status: 409, code: 'CONFLICT' });
    expect(JSON.stringify(problem)).not.toContain('thing_code_key');
    expect(JSON.stringify(problem)).not.toContain('duplicate key');
  });

  it('answers a duplicate key with the code its service registered for the constraint', async () => {
    const constraints = new ConstraintProblems();
    constraints.register({ thing_code_key: () => thingError('THING_CODE_TAKEN') });
    const error: unknown = await dataSource
      .query('INSERT INTO thing (code) VALUES ($1)', ['taken'])
      .catch((thrown: unknown) => thrown);
    expect(toProblem(constraints.translate(error), '/things')).toMatchObject({
      status: 409,
      code: 'THING_CODE_TAKEN',
      title: 'The code is already used',
    });
  });

  it('still hides any other database failure behind a 500 without detail', async () => {
    const problem = await problemOf('SELECT * FROM no_such_table WHERE x = $1', [1]);
    expect(problem).toMatchObject({ status: 500, code: 'INTERNAL_ERROR' });
    expect(problem.detail).toBeUndefined();
  });
});
