import { createTestDatabase, migrationDataSource, type TestDatabase } from '@kzps/testing';
import { migrations } from '../migrations';
import { DecreeKind1764600000000 } from '../migrations/1764600000000-decree-kind.migration';
import { insertLegacyEntry, insertLegacyOwner } from '../test/legacy-rows';
import { entryRequests, type EntryRequests } from '../test/registry-entry-requests';
import { createFixture, type Fixture } from '../test/registry-fixtures';
import { startRegistryTestApp, type RegistryTestApp } from '../test/registry-test-app';

interface Detail {
  inclusion: { kind: string; title: { kk: string; ru: string }; decreeNumber: string } | null;
  pending: Array<{ decreeKind: string; decreeTitle: { kk: string; ru: string } }>;
}

describe('the kind of act behind a registry change (Art. 6.3)', () => {
  let t: RegistryTestApp;
  let r: EntryRequests;
  let f: Fixture;

  beforeAll(async () => {
    t = await startRegistryTestApp();
    f = await createFixture(t);
    r = entryRequests(t, f);
  });

  afterAll(async () => {
    await t?.close();
  });

  it('takes an act recorded without its kind as the Government’s resolution', async () => {
    const id = await r.draft();
    const included = await r.action(id, 'inclusion', { decreeNumber: '1218', decreeDate: '2025-03-18' });
    expect(included.json<Detail>().inclusion).toMatchObject({
      kind: 'government-resolution',
      title: { ru: 'Постановление Правительства Республики Казахстан от 18 марта 2025 г. № 1218' },
    });
  });

  it('records an order of the authorised body as such, in the entry and in its history', async () => {
    const id = await r.draft();
    await r.action(id, 'inclusion', {
      decreeKind: 'authorised-body-order',
      decreeNumber: '39/НҚ',
      decreeDate: '2020-01-31',
    });
    const amended = await r.action(id, 'amendments', {
      decreeKind: 'authorised-body-order',
      decreeNumber: '250/НҚ',
      decreeDate: '2025-06-10',
      effectiveDate: '2099-01-01',
      changes: { termWorkingDays: 2 },
    });
    expect(amended.statusCode).toBe(200);
    const detail = amended.json<Detail>();
    expect(detail.inclusion).toMatchObject({
      kind: 'authorised-body-order',
      title: {
        kk: 'Мемлекеттік қызметтер көрсету саласындағы уәкілетті органның 2020 жылғы 31 қаңтардағы № 39/НҚ бұйрығы',
        ru: 'Приказ уполномоченного органа в сфере оказания государственных услуг от 31 января 2020 г. № 39/НҚ',
      },
    });
    expect(detail.pending).toEqual([
      expect.objectContaining({
        decreeKind: 'authorised-body-order',
        decreeTitle: expect.objectContaining({
          kk: expect.stringContaining('2025 жылғы 10 маусымдағы № 250/НҚ бұйрығы'),
        }),
      }),
    ]);
    const versions = (await r.read(`/services/${id}/versions`)).json<{
      items: Array<{ change: string; decreeKind: string | null; decreeTitle: unknown }>;
    }>();
    expect(versions.items.map((v) => [v.change, v.decreeKind])).toEqual([
      ['included', 'authorised-body-order'],
      ['amended', 'authorised-body-order'],
    ]);
  });

  it('refuses a kind of act it does not know, naming decreeKind', async () => {
    const id = await r.draft();
    const response = await r.action(id, 'inclusion', {
      decreeKind: 'presidential-decree',
      decreeNumber: '1',
      decreeDate: '2025-01-10',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json<{ errors: Array<{ field: string }> }>().errors).toEqual([
      expect.objectContaining({ field: 'decreeKind' }),
    ]);
  });

  it('refuses a blank act number (whitespace alone) naming decreeNumber, and leaves the entry a draft', async () => {
    const id = await r.draft();
    const response = await r.action(id, 'inclusion', { decreeNumber: '  ', decreeDate: '2025-03-18' });
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json<{ errors: Array<{ field: string; message: string }> }>().errors).toEqual([
      expect.objectContaining({
        field: 'decreeNumber',
        message: expect.stringContaining('must not be blank'),
      }),
    ]);
    expect((await r.read(`/services/${id}`, f.writer)).json<{ status: string }>().status).toBe('draft');
  });
});

describe('the decree kind migrations', () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase('registry_decree_kind');
  });

  afterAll(async () => {
    await database?.drop();
  });

  it('records the act approving the registry as the authorised body’s order, any other as a resolution', async () => {
    const connect = (upTo: number) => migrationDataSource(database.url, migrations.slice(0, upTo));
    const before = connect(migrations.indexOf(DecreeKind1764600000000));
    await before.initialize();
    await before.runMigrations();
    const ownerId = await insertLegacyOwner(before);
    const entry = async (code: string, decreeNumber: string, decreeDate: string): Promise<string> => {
      const id = await insertLegacyEntry(before, { code, ownerId, decreeNumber, decreeDate });
      await before.query(
        `INSERT INTO service_entry_version (service_id, version, change, status, content, decree_number,
           decree_date, effective_date, recorded_by, recorded_at, applied_at)
         VALUES ($1, 1, 'created', 'draft', '{}', NULL, NULL, NULL, 'officer-1', now(), now()),
                ($1, 2, 'included', 'included', '{}', $2, $3, $3, 'officer-1', now(), now())`,
        [id, decreeNumber, decreeDate],
      );
      return id;
    };
    const seeded = await entry('01-001', '39/НҚ', '2020-01-31');
    const resolved = await entry('01-002', '1218', '2025-03-18');
    await before.destroy();

    const after = connect(migrations.length);
    await after.initialize();
    await after.runMigrations();
    const kinds = await after.query<Array<{ id: string; inclusion_decree_kind: string; kinds: string[] }>>(
      `SELECT e.id, e.inclusion_decree_kind,
              array_agg(coalesce(v.decree_kind, 'none') ORDER BY v.version) AS kinds
         FROM service_entry e JOIN service_entry_version v ON v.service_id = e.id
        GROUP BY e.id, e.inclusion_decree_kind`,
    );
    expect(Object.fromEntries(kinds.map((row) => [row.id, [row.inclusion_decree_kind, row.kinds]]))).toEqual({
      [seeded]: ['authorised-body-order', ['none', 'authorised-body-order']],
      [resolved]: ['government-resolution', ['none', 'government-resolution']],
    });
    await expect(
      after.query(
        `UPDATE service_entry_version SET decree_kind = NULL WHERE service_id = $1 AND version = 2`,
        [resolved],
      ),
    ).rejects.toThrow(/service_entry_version_decree_has_kind/);
    await after.destroy();
  });
});
