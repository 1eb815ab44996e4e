import { parseCsv } from '../exchange/csv';
import { entryRequests, type EntryRequests } from '../test/registry-entry-requests';
import { createFixture, type Fixture } from '../test/registry-fixtures';
import { startRegistryTestApp, type RegistryTestApp } from '../test/registry-test-app';

interface Listed {
  id: string;
  status: string;
}

/** Art. 6.3-6.4: a draft is not yet in the registry, an excluded entry no longer is. */
describe('what the public reads of the registry', () => {
  let t: RegistryTestApp;
  let f: Fixture;
  let r: EntryRequests;
  let recipient: string;
  const ids = { draft: '', included: '', excluded: '' };

  beforeAll(async () => {
    t = await startRegistryTestApp();
    f = await createFixture(t);
    r = entryRequests(t, f);
    recipient = await t.token(['recipient'], 'citizen-1');
    ids.draft = await r.draft();
    ids.included = await r.draft();
    ids.excluded = await r.draft();
    for (const id of [ids.included, ids.excluded]) {
      await r.action(id, 'inclusion', { decreeNumber: '1218', decreeDate: '2025-03-18' });
    }
    await r.action(ids.excluded, 'exclusion', { decreeNumber: '901', decreeDate: '2025-12-01' });
  });

  afterAll(async () => {
    await t?.close();
  });

  const list = async (query: string, token?: string) => {
    const response = await r.read(`/services?${query}`, token);
    expect(response.statusCode).toBe(200);
    return response.json<{ items: Listed[]; total: number }>();
  };
  const listedIds = (page: { items: Listed[] }) => page.items.map((item) => item.id).sort();

  it('lists only the entries in the registry by default, to everyone', async () => {
    for (const token of [undefined, recipient, f.writer]) {
      const page = await list('size=100', token);
      expect(page.items.length).toBeGreaterThan(0);
      expect(listedIds(page)).toEqual([ids.included]);
      expect(page.total).toBe(1);
    }
  });

  it('lists drafts only to the public-services authority, and refuses status=draft to anyone else', async () => {
    expect(listedIds(await list('status=draft', f.writer))).toEqual([ids.draft]);
    for (const token of [undefined, recipient]) {
      const response = await r.read('/services?status=draft&status=included', token);
      expect(response.statusCode).toBe(403);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(response.json().code).toBe('SERVICE_DRAFTS_HIDDEN');
    }
  });

  it('takes several statuses as a repeated parameter', async () => {
    const page = await list('status=excluded&status=included');
    expect(page.items.length).toBeGreaterThan(0);
    expect(listedIds(page)).toEqual([ids.included, ids.excluded].sort());
    expect(listedIds(await list('status=excluded'))).toEqual([ids.excluded]);
    expect((await r.read('/services?status=included,excluded')).statusCode).toBe(400);
  });

  it('answers 404 for a draft by id to anyone but the authority, in every read', async () => {
    for (const path of [
      `/services/${ids.draft}`,
      `/services/${ids.draft}?asOf=2030-01-01`,
      `/services/${ids.draft}/versions`,
      `/services/${ids.draft}/cpsv`,
    ]) {
      for (const token of [undefined, recipient]) {
        const response = await r.read(path, token);
        expect(response.statusCode).toBe(404);
        expect(response.json().code).toBe('SERVICE_NOT_FOUND');
      }
    }
    expect((await r.read(`/services/${ids.draft}`, f.writer)).json()).toMatchObject({
      id: ids.draft,
      status: 'draft',
    });
    expect((await r.read(`/services/${ids.draft}/cpsv`, f.writer)).statusCode).toBe(200);
  });

  it('keeps an excluded entry readable by id, with its history', async () => {
    expect((await r.read(`/services/${ids.excluded}`)).json()).toMatchObject({
      status: 'excluded',
      excludedAt: '2025-12-01T00:00:00+05:00',
    });
    const history = (await r.read(`/services/${ids.excluded}/versions`)).json<{
      items: Array<{ change: string }>;
    }>();
    expect(history.items.map((v) => v.change)).toEqual(['included', 'excluded']);
    expect((await r.read(`/services/${ids.excluded}/cpsv`)).statusCode).toBe(200);
  });

  it('exports only the entries in the registry, as JSON, CSV and JSON-LD', async () => {
    const json = (await r.read('/exports/services.json')).json<Listed[]>();
    expect(json.map((e) => e.id)).toEqual([ids.included]);

    const [header, ...rows] = parseCsv((await r.read('/exports/services.csv')).body);
    const status = (header ?? []).indexOf('status');
    expect(rows.map((row) => row[status])).toEqual(['included']);

    const graph = (await r.read('/exports/services.jsonld')).json<{ '@graph': Array<{ '@id': string }> }>();
    expect(graph['@graph'].map((node) => node['@id'])).toEqual([`urn:kzps:service:${ids.included}`]);
  });
});
