import { randomUUID } from 'node:crypto';
import { createTestDatabase, migrationDataSource, type TestDatabase } from '@kzps/testing';
import { migrations } from './index';
import { EntryIntoForceErrorsInKazakhAndRussian1796543009885 } from './1796543009885-entry-into-force-errors-in-kazakh-and-russian.migration';

// A version parked before the change kept only the exception's English text.

describe('the entry-into-force errors migration on versions parked before it', () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase('standards_entry_into_force_errors');
  });

  afterAll(async () => {
    await database?.drop();
  });

  it('Art. 3, 5.5.2: gives a version parked before the change its reason in Kazakh and Russian', async () => {
    const before = migrationDataSource(
      database.url,
      migrations.slice(0, migrations.indexOf(EntryIntoForceErrorsInKazakhAndRussian1796543009885)),
    );
    await before.initialize();
    await before.runMigrations();
    const [standard, parked, healthy] = [randomUUID(), randomUUID(), randomUUID()];
    await before.query(
      `INSERT INTO standard (id, service_id, included_at, status) VALUES ($1, $2, '2026-02-20T05:00:00Z', 'in_force')`,
      [standard, randomUUID()],
    );
    await before.query(
      `INSERT INTO standard_version (id, standard_id, number, kind, status, basis_kind, content,
                                     entry_into_force_parked_at, entry_into_force_error)
       VALUES ($1, $3, 1, 'adoption', 'registered', 'owner_discretion', '{}', '2026-04-14T19:00:00Z',
               'Version reached registration incomplete'),
              ($2, $3, 2, 'amendment', 'drafting', 'owner_discretion', '{}', NULL, NULL)`,
      [parked, healthy, standard],
    );
    await before.destroy();

    const after = migrationDataSource(database.url, migrations);
    await after.initialize();
    await after.runMigrations();
    const rows = await after.query<Array<{ id: string; reason: { kk: string; ru: string } | null }>>(
      `SELECT id, entry_into_force_localized_error AS reason FROM standard_version WHERE standard_id = $1`,
      [standard],
    );
    await after.destroy();
    expect(Object.fromEntries(rows.map((row) => [row.id, row.reason]))).toEqual({
      [parked]: {
        kk: expect.stringMatching(/^Нұсқа өз күнінде күшіне енбеді: /),
        ru: expect.stringMatching(/^Версия не вступила в силу в свой день: /),
      },
      [healthy]: null,
    });
  });
});
