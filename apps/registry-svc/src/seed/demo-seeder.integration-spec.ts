import { DEMO_ORGANIZATIONS } from '@kzps/auth/testing';
import { startRegistryTestApp, type RegistryTestApp } from '../test/registry-test-app';
import { demoServices } from './demo-data';
import { DemoSeeder } from './demo-seeder';

interface Entry {
  code: string;
  status: string;
  inclusion: {
    kind: string;
    title: { kk: string; ru: string };
    decreeNumber: string;
    decreeDate: string;
    effectiveDate: string;
  } | null;
  name: { kk: string; ru: string };
}

describe('demo registry seed', () => {
  let t: RegistryTestApp;

  beforeAll(async () => {
    t = await startRegistryTestApp({ SEED_DEMO_DATA: 'true' });
  });

  afterAll(async () => {
    await t?.close();
  });

  async function entries(): Promise<Entry[]> {
    const response = await t.inject({ method: 'GET', url: '/api/v1/registry/services?size=200' });
    expect(response.statusCode).toBe(200);
    return response.json<{ items: Entry[] }>().items;
  }

  it('records every demo entry as included by Order No. 39/НҚ of 31 January 2020, an order of the authorised body in force from October 2023', async () => {
    const seeded = await entries();
    expect(seeded).toHaveLength(demoServices.length);
    for (const entry of seeded) {
      expect({ code: entry.code, status: entry.status, inclusion: entry.inclusion }).toEqual({
        code: entry.code,
        status: 'included',
        inclusion: {
          kind: 'authorised-body-order',
          title: {
            kk: 'Мемлекеттік қызметтер көрсету саласындағы уәкілетті органның 2020 жылғы 31 қаңтардағы № 39/НҚ бұйрығы',
            ru: 'Приказ уполномоченного органа в сфере оказания государственных услуг от 31 января 2020 г. № 39/НҚ',
          },
          decreeNumber: '39/НҚ',
          decreeDate: '2020-01-31',
          effectiveDate: '2023-10-01',
        },
      });
    }
  });

  it('files the State Revenue Committee under the Ministry of Finance as a department', async () => {
    const response = await t.inject({ method: 'GET', url: '/api/v1/registry/organizations?kind=department' });
    const [committee] = response.json<{ items: Array<{ nameRu: string; parentId: string }> }>().items;
    expect(committee?.nameRu).toBe(
      'Комитет государственных доходов Министерства финансов Республики Казахстан',
    );
    const parent = await t.inject({
      method: 'GET',
      url: `/api/v1/registry/organizations/${committee?.parentId}`,
    });
    expect(parent.json<{ nameRu: string; kind: string }>()).toMatchObject({
      nameRu: 'Министерство финансов Республики Казахстан',
      kind: 'central-state-body',
    });
  });

  it('names the attachment to a primary health care organisation with the official Kazakh «бекіту»', async () => {
    const attachment = (await entries()).find((entry) => entry.code === '07-001');
    expect(attachment?.name.kk).toBe(
      'Медициналық-санитариялық алғашқы көмек көрсететін медициналық ұйымға бекіту',
    );
  });

  it('D38: records the act designating each authorised body it seeds: the quality authority and the Ministry of Justice too', async () => {
    const acts = async (id: string): Promise<Array<{ roles: string[]; act: { number: string } }>> =>
      (
        await t.inject({ method: 'GET', url: `/api/v1/registry/organizations/${id}/authority-designations` })
      ).json();
    expect(await acts(DEMO_ORGANIZATIONS.ministryOfDigitalDevelopment)).toMatchObject([
      { roles: ['public-services-authority', 'informatization-authority'], act: { number: '501' } },
    ]);
    expect(await acts(DEMO_ORGANIZATIONS.civilServiceAgency)).toMatchObject([
      { roles: ['quality-authority'], act: { number: 'ДЕМО-001' } },
    ]);
    expect(await acts(DEMO_ORGANIZATIONS.ministryOfJustice)).toMatchObject([
      { roles: ['justice-registration-authority'], act: { number: 'ДЕМО-002' } },
    ]);
  });

  it('seeds once: a second run on a registry with entries loads nothing', async () => {
    expect(await t.app.get(DemoSeeder).seed()).toBe(0);
    expect(await entries()).toHaveLength(demoServices.length);
  });
});
