import { Client } from 'pg';
import { createTestDatabase, type TestDatabase } from '../test-database';
import { installWriteLog, type WriteLog } from './write-log';

describe('the write log a refused request is judged by', () => {
  let database: TestDatabase;
  let client: Client;
  let log: WriteLog;

  beforeEach(async () => {
    database = await createTestDatabase('write_log');
    client = new Client({ connectionString: database.url });
    await client.connect();
    await client.query('CREATE TABLE indicator (id serial PRIMARY KEY, n int NOT NULL)');
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
});
