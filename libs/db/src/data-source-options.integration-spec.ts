import { createTestDatabase, type TestDatabase } from '@kzps/testing';
import { DataSource } from 'typeorm';
import { serviceDataSourceOptions } from './data-source-options';

describe('a service’s connections', () => {
  let database: TestDatabase;
  let dataSource: DataSource;

  beforeAll(async () => {
    database = await createTestDatabase('db_options');
    dataSource = new DataSource(
      serviceDataSourceOptions({ url: database.url, entities: [], migrations: [] }),
    );
    await dataSource.initialize();
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  it('run each request’s query in its own backend, without parallel workers, named for the logs', async () => {
    const [row] = await dataSource.query<Array<{ workers: string; name: string }>>(
      `SELECT current_setting('max_parallel_workers_per_gather') AS workers,
              current_setting('application_name') AS name`,
    );
    expect(row).toEqual({ workers: '0', name: 'kzps' });
  });
});
