import { DemoSeeder } from '../../seed/demo-seeder';
import { demoServices } from '../../seed/demo-data';
import { startRegistryTestApp, type RegistryTestApp } from '../../test/registry-test-app';

interface Item {
  code: string;
  name: { kk: string; ru: string };
  channels: string[];
  paid: boolean;
  deliveryForm: string;
  recipientTypes: string[];
  owner: { id: string; nameRu: string };
  providers: Array<{ id: string }>;
  classifier: { code: string };
  status: string;
}

describe('registry search over the demo registry', () => {
  let t: RegistryTestApp;

  beforeAll(async () => {
    t = await startRegistryTestApp({ SEED_DEMO_DATA: 'true' });
  });

  afterAll(async () => {
    await t?.close();
  });

  async function search(
    query: string,
  ): Promise<{ items: Item[]; total: number; page: number; size: number }> {
    const response = await t.inject({ method: 'GET', url: `/api/v1/registry/services?${query}` });
    expect(response.statusCode).toBe(200);
    return response.json();
  }

  const codes = (page: { items: Item[] }) => page.items.map((item) => item.code).sort();

  it('loads the demo registry once, every entry included', async () => {
    expect(await t.app.get(DemoSeeder).seed()).toBe(0);
    const all = await search('size=200');
    expect(all.total).toBe(demoServices.length);
    expect(all.total).toBeGreaterThanOrEqual(30);
    expect(new Set(all.items.map((i) => i.status))).toEqual(new Set(['included']));
  });

  it.each([
    ['ә', 'әлеуметтік', '04.01-001'],
    ['ғ', 'мұрағаттық', '10-002'],
    ['қ', 'қолтаңба', '09-001'],
    ['ң', 'бірыңғай', '04.03-002'],
    ['ө', 'өзгерту', '03.01-002'],
    ['ұ', 'ұйымдарға', '05.01-001'],
    ['ү', 'жүргізуші', '08.01-001'],
    ['һ', 'шаһар', '03.01-001'],
    ['і', 'тіркеу', '01.01-001'],
  ])('matches the Kazakh letter %s (%s)', async (_letter, word, expected) => {
    const page = await search(`q=${encodeURIComponent(word)}&size=100`);
    expect(codes(page)).toContain(expected);
    expect(page.total).toBeLessThan(demoServices.length);
  });

  it('matches Kazakh words by prefix and ignores case', async () => {
    const page = await search(`q=${encodeURIComponent('ЖҮРГІЗУ')}`);
    expect(codes(page)).toEqual(['08.01-001']);
    const prefix = await search(`q=${encodeURIComponent('қолтаң')}`);
    expect(codes(prefix)).toEqual(['09-001']);
  });

  it('matches Russian words in other forms and by prefix', async () => {
    const stemmed = await search(`q=${encodeURIComponent('рождение')}`);
    expect(codes(stemmed)).toEqual(expect.arrayContaining(['01.01-001', '01.02-001']));
    const prefix = await search(`q=${encodeURIComponent('водител')}`);
    expect(codes(prefix)).toEqual(['08.01-001']);
    const twoWords = await search(`q=${encodeURIComponent('справка судимости')}`);
    expect(codes(twoWords)).toEqual(['10-001']);
  });

  it('ranks an entry whose name matches above one that matches only in its description', async () => {
    // "индивидуального" is in the name of 06.01-002 and only in the description of 03.01-001.
    const page = await search(`q=${encodeURIComponent('индивидуального')}`);
    expect(page.items.map((item) => item.code)).toEqual(['06.01-002', '03.01-001']);
  });

  it('filters by sphere, channel, form, paid, recipient type, owner and status', async () => {
    const sphere = await search('sphere=01&size=100');
    expect(sphere.total).toBe(demoServices.filter((s) => s.classifierCode.startsWith('01')).length);
    expect(sphere.items.every((i) => i.classifier.code.startsWith('01'))).toBe(true);

    const specialised = await search('channel=specialised-psc');
    expect(codes(specialised)).toEqual(['08.01-001', '08.02-001']);

    const electronic = await search('form=electronic&size=100');
    expect(electronic.total).toBe(demoServices.filter((s) => s.deliveryForm === 'electronic').length);

    const paid = await search('paid=true&size=100');
    expect(paid.total).toBe(demoServices.filter((s) => s.fee).length);
    expect(paid.items.every((i) => i.paid)).toBe(true);

    const foreignFirms = await search('recipientType=foreign-legal-entity&size=100');
    expect(foreignFirms.items.every((i) => i.recipientTypes.includes('foreign-legal-entity'))).toBe(true);
    expect(foreignFirms.total).toBe(
      demoServices.filter((s) => s.recipientTypes.includes('foreign-legal-entity')).length,
    );

    const ownerId = sphere.items[0]?.owner.id ?? '';
    const byOwner = await search(`ownerId=${ownerId}&size=100`);
    expect(byOwner.items.every((i) => i.owner.id === ownerId)).toBe(true);

    const combined = await search(`q=${encodeURIComponent('тіркеу')}&sphere=01.01&paid=false`);
    expect(combined.items.every((i) => i.classifier.code === '01.01' && !i.paid)).toBe(true);
    expect(combined.total).toBeGreaterThan(0);

    expect((await search('status=draft')).total).toBe(0);
  });

  it('sorts and paginates', async () => {
    const first = await search('sort=code&order=desc&size=5&page=1');
    const second = await search('sort=code&order=desc&size=5&page=2');
    expect(first).toMatchObject({ page: 1, size: 5, total: demoServices.length });
    const sorted = demoServices
      .map((s) => s.code)
      .sort()
      .reverse();
    expect([...first.items, ...second.items].map((i) => i.code)).toEqual(sorted.slice(0, 10));
    const beyond = await search('page=100&size=50');
    expect(beyond).toMatchObject({ items: [], total: demoServices.length, page: 100 });
  });

  it('refuses bad filters with 400', async () => {
    for (const query of ['channel=fax', 'paid=maybe', 'size=1000', 'sphere=abc', 'sort=random']) {
      const response = await t.inject({ method: 'GET', url: `/api/v1/registry/services?${query}` });
      expect(response.statusCode).toBe(400);
    }
  });
});
