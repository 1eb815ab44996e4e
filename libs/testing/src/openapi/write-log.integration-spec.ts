import { Client } from 'pg';
import { createTestDatabase, type TestDatabase } from '../test-database';
import { installWriteLog, unrecordedWrites, type RecordedRefusal, type WriteLog } from './write-log';

describe('the write log a refused request is judged by', () => {
  let database: TestDatabase;
  let client: Client;
  let log: WriteLog;

  beforeEach(async () => {
    database = await createTestDatabase('write_log');
    client = new Client({ connectionString: database.url });
    await client.connect();
    await client.query('CREATE TABLE indicator (id serial PRIMARY KEY, n int NOT NULL)');
    await client.query('CREATE TABLE refusal (id serial PRIMARY KEY)');
    await client.query('CREATE TABLE outbox_message (id serial PRIMARY KEY)');
    await client.query(
      'CREATE TABLE inbox_message (consumer text, event_id text, PRIMARY KEY (consumer, event_id))',
    );
    log = await installWriteLog(client, []);
  });

  afterEach(async () => {
    await log.remove();
    await client.end();
    await database.drop();
  });

  it('shows a row a request wrote', async () => {
    const { last } = await log.since(0);
    await client.query('INSERT INTO indicator (n) VALUES (1)');
    expect((await log.since(last)).tables).toEqual(['indicator INSERT']);
  });

  it('leaves out what a consumer wrote with the event it recorded in the inbox, however late it lands', async () => {
    const { last } = await log.since(0);
    await client.query('BEGIN');
    await client.query("INSERT INTO inbox_message VALUES ('indicators', 'event-1')");
    await client.query('UPDATE indicator SET n = n + 1');
    await client.query('INSERT INTO indicator (n) VALUES (1)');
    await client.query('COMMIT');
    const after = await log.since(last);
    expect(after.tables).toEqual([]);
    expect(after.last).toBeGreaterThan(last);
  });

  it('still shows a request’s row committed beside a consumer’s transaction', async () => {
    const { last } = await log.since(0);
    await client.query('BEGIN');
    await client.query("INSERT INTO inbox_message VALUES ('indicators', 'event-2')");
    await client.query('INSERT INTO indicator (n) VALUES (1)');
    await client.query('COMMIT');
    await client.query('INSERT INTO indicator (n) VALUES (2)');
    expect((await log.since(last)).tables).toEqual(['indicator INSERT']);
  });

  describe('a refusal the Law requires to be recorded', () => {
    const recorded: RecordedRefusal = {
      answer: '422 DOCUMENTS_INCOMPLETE',
      record: 'refusal',
      alongside: ['outbox_message INSERT'],
      law: 'Art. 14.2',
    };
    const writtenIn = async (...transactions: string[][]) => {
      const { last } = await log.since(0);
      for (const statements of transactions) {
        await client.query('BEGIN');
        for (const statement of statements) await client.query(statement);
        await client.query('COMMIT');
      }
      return log.since(last);
    };
    const RECORD = 'INSERT INTO refusal DEFAULT VALUES';
    const EVENT = 'INSERT INTO outbox_message DEFAULT VALUES';

    it('may write its record and its event in one transaction, answered with its code', async () => {
      const writes = await writtenIn([RECORD, EVENT]);
      expect(unrecordedWrites('422 DOCUMENTS_INCOMPLETE', writes, [recorded])).toEqual([]);
    });

    it('may write nothing at all (a refusal the Law does not record, such as the portal’s)', async () => {
      expect(unrecordedWrites('422 DOCUMENTS_INCOMPLETE', await writtenIn(), [recorded])).toEqual([]);
    });

    it('writes nothing when answered with another code, even into the record’s table', async () => {
      const writes = await writtenIn([RECORD, EVENT]);
      expect(unrecordedWrites('422 SERVICE_UNKNOWN', writes, [recorded])).toEqual([
        'outbox_message INSERT',
        'refusal INSERT',
      ]);
      expect(unrecordedWrites('422 DOCUMENTS_INCOMPLETE', writes, [])).toEqual([
        'outbox_message INSERT',
        'refusal INSERT',
      ]);
    });

    it('writes no other table, and changes no row, beside its record', async () => {
      await client.query('INSERT INTO indicator (n) VALUES (1)');
      const writes = await writtenIn([RECORD, 'UPDATE indicator SET n = 2', 'UPDATE refusal SET id = id']);
      expect(unrecordedWrites('422 DOCUMENTS_INCOMPLETE', writes, [recorded])).toEqual([
        'indicator UPDATE',
        'refusal UPDATE',
      ]);
    });

    it('writes no event without its record, nor in a second transaction', async () => {
      expect(unrecordedWrites('422 DOCUMENTS_INCOMPLETE', await writtenIn([EVENT]), [recorded])).toEqual([
        'no refusal record beside outbox_message INSERT (Art. 14.2)',
      ]);
      const twice = await writtenIn([RECORD, EVENT], [RECORD]);
      expect(unrecordedWrites('422 DOCUMENTS_INCOMPLETE', twice, [recorded])).toEqual([
        '2 transactions (Art. 14.2)',
      ]);
    });
  });
});
