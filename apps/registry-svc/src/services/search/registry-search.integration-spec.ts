import { DemoSeeder } from '../../seed/demo-seeder';
import { demoServices } from '../../seed/demo-data';
import { startRegistryTestApp, type RegistryTestApp } from '../../test/registry-test-app';

interface Item {
  id: string;
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

  it('finds an entry by its registry code or the beginning of it', async () => {
    const exact = await search(`q=${encodeURIComponent('01.01-001')}`);
    expect(exact.items[0]?.code).toBe('01.01-001');
    expect(codes(await search('q=10-001'))).toEqual(['10-001']);
    const prefix = await search('q=10-00&size=100');
    const expected = demoServices.map((s) => s.code).filter((code) => code.startsWith('10-00'));
    expect(expected.length).toBeGreaterThan(1);
    expect(codes(prefix)).toEqual(expected.sort());
    // A code match ranks above entries that only mention the digits.
    const sphere = await search('q=04.01&size=100');
    const inSphere = demoServices.filter((s) => s.code.startsWith('04.01')).length;
    expect(inSphere).toBeGreaterThan(0);
    expect(sphere.items.slice(0, inSphere).every((i) => i.code.startsWith('04.01'))).toBe(true);
  });

  /** Each filter must select something, or `.every` would pass on an empty page. */
  async function filtered(query: string, expectedTotal: number): Promise<Item[]> {
    const page = await search(`${query}&size=100`);
    expect(expectedTotal).toBeGreaterThan(0);
    expect(page.total).toBe(expectedTotal);
    expect(page.items).toHaveLength(expectedTotal);
    return page.items;
  }

  it('filters by sphere, channel, form, paid, recipient type, owner, provider and status', async () => {
    const count = (keep: (s: (typeof demoServices)[number]) => boolean) => demoServices.filter(keep).length;
    const sphere = await filtered(
      'sphere=01',
      count((s) => s.classifierCode.startsWith('01')),
    );
    expect(sphere.every((i) => i.classifier.code.startsWith('01'))).toBe(true);

    const specialised = await filtered('channel=specialised-psc', 2);
    expect(codes({ items: specialised })).toEqual(['08.01-001', '08.02-001']);

    const electronic = await filtered(
      'form=electronic',
      count((s) => s.deliveryForm === 'electronic'),
    );
    expect(electronic.every((i) => i.deliveryForm === 'electronic')).toBe(true);

    const paid = await filtered(
      'paid=true',
      count((s) => s.fee !== undefined),
    );
    expect(paid.every((i) => i.paid)).toBe(true);

    const foreignFirms = await filtered(
      'recipientType=foreign-legal-entity',
      count((s) => s.recipientTypes.includes('foreign-legal-entity')),
    );
    expect(foreignFirms.every((i) => i.recipientTypes.includes('foreign-legal-entity'))).toBe(true);

    const all = (await search('size=100')).items;
    const ownerId = sphere[0]?.owner.id ?? '';
    const byOwner = await filtered(`ownerId=${ownerId}`, all.filter((i) => i.owner.id === ownerId).length);
    expect(byOwner.every((i) => i.owner.id === ownerId)).toBe(true);

    // A provider of several services, so the filter has to pick them out of the rest.
    const providerIds = all.flatMap((i) => i.providers.map((p) => p.id));
    const providerId = providerIds.find((id) => providerIds.filter((p) => p === id).length > 1) ?? '';
    const ofProvider = all.filter((i) => i.providers.some((p) => p.id === providerId));
    expect(ofProvider.length).toBeLessThan(all.length);
    const byProvider = await filtered(`providerId=${providerId}`, ofProvider.length);
    expect(byProvider.every((i) => i.providers.some((p) => p.id === providerId))).toBe(true);

    const combined = await search(`q=${encodeURIComponent('тіркеу')}&sphere=01.01&paid=false`);
    expect(combined.total).toBeGreaterThan(0);
    expect(combined.items.every((i) => i.classifier.code === '01.01' && !i.paid)).toBe(true);

    const included = await filtered('status=included', demoServices.length);
    expect(included.every((i) => i.status === 'included')).toBe(true);
    expect((await search('status=excluded')).total).toBe(0);
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

  it('sorts by the Kazakh and the Russian name in each language’s alphabet, both ways', async () => {
    for (const [sort, language] of [
      ['nameKk', 'kk'],
      ['nameRu', 'ru'],
    ] as const) {
      // An independent oracle: ICU's collation of the language, as Node ships it.
      const alphabet = new Intl.Collator(language);
      const name = (s: (typeof demoServices)[number]) => (language === 'kk' ? s.nameKk : s.nameRu);
      const ascending = [...demoServices].sort((a, b) => alphabet.compare(name(a), name(b)));
      for (const order of ['asc', 'desc'] as const) {
        const expected = order === 'asc' ? ascending : [...ascending].reverse();
        const page = await search(`sort=${sort}&order=${order}&size=10`);
        expect(page.items.map((i) => i.code)).toEqual(expected.slice(0, 10).map((s) => s.code));
      }
    }
    // Ә, Ғ, Қ, Ң, Ө, Ұ, Ү, Һ, І stand after their base letters (the Kazakh alphabet), not after Я (byte order).
    const alphabet = 'АӘБВГҒДЕЁЖЗИЙКҚЛМНҢОӨПРСТУҰҮФХҺЦЧШЩЪЫІЬЭЮЯ';
    const kazakh = await search('sort=nameKk&size=200');
    const positions = kazakh.items
      .map((i) => alphabet.indexOf(i.name.kk.charAt(0).toUpperCase()))
      .filter((position) => position >= 0);
    expect(positions.some((position) => 'ӘҒҚҢӨҰҮҺІ'.includes(alphabet.charAt(position)))).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });

  it('sorts by relevance in either direction', async () => {
    const ascending = await search(`q=${encodeURIComponent('индивидуального')}&sort=relevance&order=asc`);
    expect(ascending.items.map((item) => item.code)).toEqual(['03.01-001', '06.01-002']);
  });

  it('sorts by the time of inclusion and of the last change', async () => {
    // Adds an entry, included after the demo registry's decree: the tests above count the demo registry.
    const [template] = (await search('q=10-001')).items;
    if (!template) throw new Error('no 10-001');
    const writer = await t.token(['public-services-authority']);
    const auth = { authorization: `Bearer ${writer}` };
    const entry = (await t.inject({ method: 'GET', url: `/api/v1/registry/services/${template.id}` })).json<
      Item & Record<string, unknown>
    >();
    const created = await t.inject({
      method: 'POST',
      url: '/api/v1/registry/services',
      headers: auth,
      payload: {
        code: 'SORT-001',
        name: entry.name,
        classifierCode: entry.classifier.code,
        recipientTypes: entry.recipientTypes,
        ownerId: entry.owner.id,
        providerIds: entry.providers.map((p) => p.id),
        intakeOrganizationIds: (entry.intakeOrganizations as Array<{ id: string }>).map((o) => o.id),
        intakeViaPortal: entry.intakeViaPortal,
        deliveryForm: entry.deliveryForm,
        channels: entry.channels,
        paid: entry.paid,
        ...(entry.feeLegalBasis ? { feeLegalBasis: entry.feeLegalBasis } : {}),
        legalBasis: entry.legalBasis,
      },
    });
    expect(created.statusCode).toBe(201);
    const id = created.json<{ id: string }>().id;
    const included = await t.inject({
      method: 'POST',
      url: `/api/v1/registry/services/${id}/inclusion`,
      headers: auth,
      payload: { decreeNumber: '77', decreeDate: '2025-05-01' },
    });
    expect(included.statusCode).toBe(200);

    expect((await search('sort=includedAt&order=desc&size=1')).items[0]?.code).toBe('SORT-001');
    expect((await search('sort=includedAt&order=asc&size=100')).items.at(-1)?.code).toBe('SORT-001');
    expect((await search('sort=updatedAt&order=desc&size=1')).items[0]?.code).toBe('SORT-001');
    expect((await search('sort=updatedAt&order=asc&size=100')).items.at(-1)?.code).toBe('SORT-001');
  });

  it('refuses bad filters with 400', async () => {
    for (const query of ['channel=fax', 'paid=maybe', 'size=1000', 'sphere=abc', 'sort=random']) {
      const response = await t.inject({ method: 'GET', url: `/api/v1/registry/services?${query}` });
      expect(response.statusCode).toBe(400);
    }
  });
});
