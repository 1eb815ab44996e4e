import { exampleCsvImport } from '../exchange/exchange.examples';
import { designationActExample } from '../organizations/dto/authority-roles.dto';
import { withCheckDigit } from '../test/registry-fixtures';
import { REGISTRY_AUTHORITY_ID, startRegistryTestApp, type RegistryTestApp } from '../test/registry-test-app';

// Art. 6.3: the registry is drafted and kept by the authorised body in the field of public services, the body
// the administrator designated on its act (D38); the role on a token names no body by itself.

describe('the registry is kept by the designated public-services authority alone (Art. 6.3, D38)', () => {
  let t: RegistryTestApp;

  const officerOf = (organizationId: string | undefined, subject: string): Promise<string> =>
    t.issuer.token({
      subject,
      roles: ['public-services-authority'],
      ...(organizationId ? { organizationId } : {}),
    });
  const send = (method: 'POST' | 'PUT', url: string, payload: object, token: string) =>
    t.inject({ method, url, payload, headers: { authorization: `Bearer ${token}` } });
  const addSphere = (code: string, token: string) =>
    send('POST', '/api/v1/registry/classifier', { code, nameKk: 'Білім', nameRu: 'Образование' }, token);
  const sphereExists = async (code: string): Promise<boolean> =>
    (await t.inject({ method: 'GET', url: `/api/v1/registry/classifier/${code}` })).statusCode === 200;
  /** A central state body entered by the designated authority: a ministry no act designates. */
  async function ministry(firstEleven: string): Promise<string> {
    const response = await send(
      'POST',
      '/api/v1/registry/organizations',
      {
        bin: withCheckDigit(firstEleven),
        nameKk: 'Қазақстан Республикасының Оқу-ағарту министрлігі',
        nameRu: 'Министерство просвещения Республики Казахстан',
        kind: 'central-state-body',
        roles: ['service-owner'],
        regionKato: '710000000',
      },
      await t.token(['public-services-authority'], 'designated-officer'),
    );
    expect(response.statusCode).toBe(201);
    return response.json<{ id: string }>().id;
  }
  beforeAll(async () => {
    t = await startRegistryTestApp();
  });

  afterAll(async () => {
    await t?.close();
  });

  it('Art. 6.3: an officer of the designated authority keeps the registry', async () => {
    const response = await addSphere('91', await officerOf(REGISTRY_AUTHORITY_ID, 'designated-officer'));
    expect(response.statusCode).toBe(201);
    expect(await sphereExists('91')).toBe(true);
  });

  it('Art. 6.3: an officer in the same role of a body no act designates is refused 403 and nothing is written', async () => {
    const other = await ministry('21054000101');
    const response = await addSphere('92', await officerOf(other, 'ministry-officer'));
    expect(response.statusCode).toBe(403);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    const problem = response.json<{ code: string; localizedTitle: { kk: string; ru: string } }>();
    expect(problem.code).toBe('REGISTRY_AUTHORITY_NOT_YOURS');
    expect(problem.localizedTitle.kk).toMatch(/уәкілетті орган/);
    expect(problem.localizedTitle.ru).toMatch(/уполномоченного органа/);
    expect(await sphereExists('92')).toBe(false);
  });

  it('Art. 6.3: a token of the role that names no organisation is refused 403', async () => {
    const response = await addSphere('93', await officerOf(undefined, 'nobody-s-officer'));
    expect(response.statusCode).toBe(403);
    expect(response.json<{ code: string }>().code).toBe('REGISTRY_AUTHORITY_NOT_YOURS');
    expect(await sphereExists('93')).toBe(false);
  });

  it('Art. 6.3: an officer in the same role of a body no act designates reads neither an import report nor the owner corrections', async () => {
    const designated = await officerOf(REGISTRY_AUTHORITY_ID, 'designated-officer');
    const queued = await t.inject({
      method: 'POST',
      url: '/api/v1/registry/imports',
      headers: { authorization: `Bearer ${designated}`, 'content-type': 'text/csv' },
      payload: exampleCsvImport,
    });
    expect(queued.statusCode).toBe(202);
    const reads = [
      `/api/v1/registry/imports/${queued.json<{ id: string }>().id}`,
      '/api/v1/registry/owner-corrections',
    ];
    const other = await officerOf(await ministry('21054000303'), 'ministry-officer');
    for (const url of reads) {
      const read = (token: string) =>
        t.inject({ method: 'GET', url, headers: { authorization: `Bearer ${token}` } });
      const refused = await read(other);
      expect(refused.statusCode).toBe(403);
      expect(refused.json<{ code: string }>().code).toBe('REGISTRY_AUTHORITY_NOT_YOURS');
      expect((await read(designated)).statusCode).toBe(200);
    }
  });

  it('D38: once the administrator designates another body on its act, it keeps the registry and the former one is refused', async () => {
    const successor = await ministry('21054000202');
    const admin = await t.token(['admin'], 'admin');
    const designate = (id: string, roles: string[]) =>
      send(
        'PUT',
        `/api/v1/registry/organizations/${id}/authority-roles`,
        { roles, act: designationActExample },
        admin,
      );
    expect((await designate(successor, ['public-services-authority'])).statusCode).toBe(200);
    expect((await designate(REGISTRY_AUTHORITY_ID, ['informatization-authority'])).statusCode).toBe(200);
    try {
      const former = await addSphere('94', await officerOf(REGISTRY_AUTHORITY_ID, 'former-officer'));
      expect(former.statusCode).toBe(403);
      expect(former.json<{ code: string }>().code).toBe('REGISTRY_AUTHORITY_NOT_YOURS');
      expect((await addSphere('95', await officerOf(successor, 'successor-officer'))).statusCode).toBe(201);
      expect(await sphereExists('94')).toBe(false);
    } finally {
      // The other tests act for the demo's designated body: give it back its role on an act.
      await designate(REGISTRY_AUTHORITY_ID, ['public-services-authority', 'informatization-authority']);
      await designate(successor, []);
    }
  });

  it('D38: the registry keeps the demo authority’s designating act, so a fresh system can be kept at all', async () => {
    const response = await t.inject({
      method: 'GET',
      url: `/api/v1/registry/organizations/${REGISTRY_AUTHORITY_ID}/authority-designations`,
    });
    expect(response.statusCode).toBe(200);
    const [first] = response.json<Array<{ roles: string[]; act: { kind: string } }>>().slice(-1);
    expect(first?.roles).toContain('public-services-authority');
    expect(first?.act.kind).toBe('government-resolution');
  });
});
