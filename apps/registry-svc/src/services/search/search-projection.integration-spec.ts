import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createTestDatabase, migrationDataSource, type TestDatabase } from '@kzps/testing';
import { migrations } from '../../migrations';
import { SearchProjection1764500000000 } from '../../migrations/1764500000000-search-projection.migration';
import { insertLegacyEntry, insertLegacyOwner } from '../../test/legacy-rows';
import { entryRequests, type EntryRequests } from '../../test/registry-entry-requests';
import { createFixture, testBins, type Fixture } from '../../test/registry-fixtures';
import {
  startRegistryReplica,
  startRegistryTestApp,
  type RegistryTestApp,
} from '../../test/registry-test-app';

interface SearchPage {
  total: number;
  items: Array<{ id: string; name: { kk: string; ru: string }; owner: { id: string; nameRu: string } }>;
}

describe('the search projection', () => {
  let t: RegistryTestApp;
  let f: Fixture;
  let entries: EntryRequests;
  let replica: NestFastifyApplication;

  beforeAll(async () => {
    t = await startRegistryTestApp();
    f = await createFixture(t);
    entries = entryRequests(t, f);
    replica = await startRegistryReplica(t.config);
  });

  afterAll(async () => {
    await replica?.close();
    await t?.close();
  });

  const search = async (query: string, app?: NestFastifyApplication): Promise<SearchPage> => {
    const url = `/api/v1/registry/services?${query}`;
    const response = app
      ? await app.getHttpAdapter().getInstance().inject({ method: 'GET', url })
      : await t.inject({ method: 'GET', url });
    expect(response.statusCode).toBe(200);
    return response.json<SearchPage>();
  };

  it('finds an entry by the name an amendment gave it, and no longer by the old one', async () => {
    const id = await entries.draft({
      name: { kk: 'Аңшылық куәлігін беру', ru: 'Выдача удостоверения охотника' },
    });
    expect(
      (await entries.action(id, 'inclusion', { decreeNumber: '77', decreeDate: '2025-02-03' })).statusCode,
    ).toBe(200);
    expect((await search('q=охотника')).items.map((i) => i.id)).toEqual([id]);

    const amended = await entries.action(id, 'amendments', {
      decreeNumber: '78',
      decreeDate: '2025-04-01',
      changes: { name: { kk: 'Балық аулау рұқсатын беру', ru: 'Выдача разрешения на рыболовство' } },
    });
    expect(amended.statusCode).toBe(200);
    expect((await search('q=рыболов')).items.map((i) => i.id)).toEqual([id]);
    expect((await search('q=балық')).items.map((i) => i.id)).toEqual([id]);
    expect((await search('q=охотника')).total).toBe(0);
  });

  it('shows an organisation’s new name in the next search on another replica', async () => {
    const id = await entries.draft({ name: { kk: 'Мұрағат анықтамасы', ru: 'Архивная справка' } });
    await entries.action(id, 'inclusion', { decreeNumber: '79', decreeDate: '2025-02-03' });
    // The second replica answers first and keeps the owner's name.
    const before = await search('q=архивная', replica);
    expect(before.items[0]?.owner).toMatchObject({
      id: f.ministryId,
      nameRu: expect.stringContaining('юстиции'),
    });

    const current = await t.inject({ method: 'GET', url: `/api/v1/registry/organizations/${f.ministryId}` });
    const { nameKk, kind, roles, regionKato } = current.json<Record<string, unknown>>();
    const renamed = await t.inject({
      method: 'PUT',
      url: `/api/v1/registry/organizations/${f.ministryId}`,
      headers: { authorization: `Bearer ${f.writer}` },
      payload: {
        bin: testBins.ministry,
        nameKk,
        nameRu: 'Министерство юстиции и правовой помощи Республики Казахстан',
        kind,
        roles,
        regionKato,
      },
    });
    expect(renamed.statusCode).toBe(200);

    const after = await search('q=архивная', replica);
    expect(after.items[0]?.owner.nameRu).toBe('Министерство юстиции и правовой помощи Республики Казахстан');
  });
});

describe('the search projection migration', () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase('registry_projection');
  });

  afterAll(async () => {
    await database?.drop();
  });

  it('makes the entries written before it searchable', async () => {
    const connect = (upTo: number) => migrationDataSource(database.url, migrations.slice(0, upTo));
    const before = connect(migrations.indexOf(SearchProjection1764500000000));
    await before.initialize();
    await before.runMigrations();
    const ownerId = await insertLegacyOwner(before);
    const entry = await insertLegacyEntry(before, {
      code: '01-001',
      ownerId,
      decreeNumber: '15',
      decreeDate: '2025-01-10',
    });
    await before.destroy();

    const after = connect(migrations.length);
    await after.initialize();
    await after.runMigrations();
    const found = await after.query<Array<{ service_id: string }>>(
      `SELECT service_id FROM service_search
       WHERE registry_match_vector(names, details) @@ (to_tsquery('simple', 'брак:*') || to_tsquery('russian', 'брак:*'))`,
    );
    expect(found).toEqual([{ service_id: entry }]);
    await after.destroy();
  });
});
