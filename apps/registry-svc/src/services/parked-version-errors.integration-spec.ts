import { createTestDatabase, migrationDataSource, type TestDatabase } from '@kzps/testing';
import { migrations } from '../migrations';
import { ParkedVersionErrorsInKazakhAndRussian1796543009882 } from '../migrations/1796543009882-parked-version-errors-in-kazakh-and-russian.migration';
import { insertLegacyEntry, insertLegacyOwner } from '../test/legacy-rows';

// A version parked before the change kept only the exception's English text.

describe('the parked version errors migration on versions parked before it', () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase('registry_parked_version_errors');
  });

  afterAll(async () => {
    await database?.drop();
  });

  it('Art. 3, 5.5.2: gives a version parked before the change its reason in Kazakh and Russian', async () => {
    const before = migrationDataSource(
      database.url,
      migrations.slice(0, migrations.indexOf(ParkedVersionErrorsInKazakhAndRussian1796543009882)),
    );
    await before.initialize();
    await before.runMigrations();
    const id = await insertLegacyEntry(before, {
      code: '01-001',
      ownerId: await insertLegacyOwner(before),
      decreeNumber: '1218',
      decreeDate: '2025-03-18',
      decreeKind: 'government-resolution',
    });
    await before.query(
      `INSERT INTO service_entry_version (service_id, version, change, status, content, decree_kind,
         decree_number, decree_date, effective_date, recorded_by, recorded_at, applied_at, parked_at, parked_error)
       VALUES ($1, 1, 'included', 'included', '{}', 'government-resolution', '1218', '2025-03-18', '2025-03-18',
               'officer-1', now(), now(), NULL, NULL),
              ($1, 2, 'amended', 'amended', '{}', 'government-resolution', '1400', '2099-01-01', '2099-01-01',
               'officer-1', now(), NULL, '2099-01-01T00:01:00Z',
               'Invalid kz.gov.registry.service.amended.v1 event: nameKk must have at least 1 character(s)')`,
      [id],
    );
    await before.destroy();

    const after = migrationDataSource(database.url, migrations);
    await after.initialize();
    await after.runMigrations();
    const rows = await after.query<Array<{ version: number; kk: string | null; ru: string | null }>>(
      `SELECT version, parked_error_kk AS kk, parked_error_ru AS ru
         FROM service_entry_version WHERE service_id = $1 ORDER BY version`,
      [id],
    );
    await after.destroy();
    expect(rows).toEqual([
      { version: 1, kk: null, ru: null },
      {
        version: 2,
        kk: expect.stringMatching(/^Акт өз күнінде қолданылмады: /),
        ru: expect.stringMatching(/^Акт не применён в день вступления в силу: /),
      },
    ]);
  });
});
