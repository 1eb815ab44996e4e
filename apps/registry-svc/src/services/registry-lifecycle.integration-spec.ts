import { createFixture, birthRegistration, type Fixture } from '../test/registry-fixtures';
import { startRegistryTestApp, type RegistryTestApp } from '../test/registry-test-app';

describe('registry entry lifecycle', () => {
  let t: RegistryTestApp;
  let f: Fixture;

  beforeAll(async () => {
    t = await startRegistryTestApp();
    f = await createFixture(t);
  });

  afterAll(async () => {
    await t?.close();
  });

  const auth = () => ({ authorization: `Bearer ${f.writer}` });

  async function draft(): Promise<string> {
    const response = await t.inject({
      method: 'POST',
      url: '/api/v1/registry/services',
      headers: auth(),
      payload: birthRegistration(f),
    });
    expect(response.statusCode).toBe(201);
    const body = response.json<{ id: string; status: string; version: number }>();
    expect(body).toMatchObject({ status: 'draft', version: 1 });
    return body.id;
  }

  const action = (id: string, name: string, payload: object) =>
    t.inject({ method: 'POST', url: `/api/v1/registry/services/${id}/${name}`, headers: auth(), payload });

  it('drafts, includes by decree, amends and excludes, keeping every version', async () => {
    const id = await draft();
    const included = await action(id, 'inclusion', { decreeNumber: '1218', decreeDate: '2025-03-18' });
    expect(included.statusCode).toBe(200);
    expect(included.json()).toMatchObject({
      status: 'included',
      version: 2,
      inclusion: { decreeNumber: '1218', decreeDate: '2025-03-18', effectiveDate: '2025-03-18' },
      includedAt: '2025-03-18T00:00:00+05:00',
    });

    const amended = await action(id, 'amendments', {
      decreeNumber: '455',
      decreeDate: '2025-07-01',
      effectiveDate: '2025-07-10',
      changes: { channels: ['psc', 'e-government-portal', 'provider'], termWorkingDays: 2 },
    });
    expect(amended.statusCode).toBe(200);
    expect(amended.json()).toMatchObject({ status: 'amended', version: 3, termWorkingDays: 2 });

    const excluded = await action(id, 'exclusion', {
      decreeNumber: '901',
      decreeDate: '2025-12-01',
      reason: { kk: 'Қызмет проактивті көрсетіледі', ru: 'Услуга оказывается проактивно' },
    });
    expect(excluded.statusCode).toBe(200);
    expect(excluded.json()).toMatchObject({ status: 'excluded', version: 4 });

    const versions = await t.inject({
      method: 'GET',
      url: `/api/v1/registry/services/${id}/versions`,
      headers: auth(),
    });
    expect(versions.statusCode).toBe(200);
    const page = versions.json<{
      total: number;
      items: Array<{ change: string; effectiveDate: string | null }>;
    }>();
    expect(page.total).toBe(4);
    expect(page.items.map((v) => [v.change, v.effectiveDate])).toEqual([
      ['created', null],
      ['included', '2025-03-18'],
      ['amended', '2025-07-10'],
      ['excluded', '2025-12-01'],
    ]);
    // Art. 6.3-6.4: the drafting is the authority's; the public history starts with the inclusion.
    const publicHistory = await t.inject({ method: 'GET', url: `/api/v1/registry/services/${id}/versions` });
    expect(publicHistory.json<{ items: Array<{ change: string }> }>().items.map((v) => v.change)).toEqual([
      'included',
      'amended',
      'excluded',
    ]);
  });

  it('shows each version of the history as the entry was then, without later decrees', async () => {
    const id = await draft();
    await action(id, 'inclusion', { decreeNumber: '1218', decreeDate: '2025-03-18' });
    await action(id, 'amendments', {
      decreeNumber: '455',
      decreeDate: '2025-07-01',
      changes: { termWorkingDays: 2 },
    });
    await action(id, 'exclusion', {
      decreeNumber: '901',
      decreeDate: '2025-12-01',
      reason: { kk: 'себеп', ru: 'причина' },
    });
    const versions = await t.inject({
      method: 'GET',
      url: `/api/v1/registry/services/${id}/versions`,
      headers: auth(),
    });
    const snapshots = versions
      .json<{ items: Array<{ entry: Record<string, unknown> }> }>()
      .items.map((v) => v.entry);
    const inclusion = {
      kind: 'government-resolution',
      title: {
        kk: 'Қазақстан Республикасы Үкіметінің 2025 жылғы 18 наурыздағы № 1218 қаулысы',
        ru: 'Постановление Правительства Республики Казахстан от 18 марта 2025 г. № 1218',
      },
      decreeNumber: '1218',
      decreeDate: '2025-03-18',
      effectiveDate: '2025-03-18',
    };
    expect(snapshots).toEqual([
      expect.objectContaining({
        status: 'draft',
        version: 1,
        inclusion: null,
        includedAt: null,
        excludedAt: null,
        termWorkingDays: 1,
      }),
      expect.objectContaining({
        status: 'included',
        version: 2,
        inclusion,
        excludedAt: null,
        termWorkingDays: 1,
      }),
      expect.objectContaining({
        status: 'amended',
        version: 3,
        inclusion,
        excludedAt: null,
        termWorkingDays: 2,
      }),
      expect.objectContaining({
        status: 'excluded',
        version: 4,
        inclusion,
        includedAt: '2025-03-18T00:00:00+05:00',
        excludedAt: '2025-12-01T00:00:00+05:00',
      }),
    ]);
    const asOf = await t.inject({ method: 'GET', url: `/api/v1/registry/services/${id}?asOf=2025-08-01` });
    expect(asOf.json()).toMatchObject({ status: 'amended', excludedAt: null, inclusion });
  });

  it('answers a retried draft with the same Idempotency-Key with the first answer and drafts one entry', async () => {
    const send = () =>
      t.inject({
        method: 'POST',
        url: '/api/v1/registry/services',
        headers: { ...auth(), 'idempotency-key': 'draft-retried' },
        payload: { ...birthRegistration(f), code: '01.01-901' },
      });
    const [first, retry] = [await send(), await send()];
    expect([first.statusCode, retry.statusCode]).toEqual([201, 201]);
    expect(retry.json()).toEqual(first.json());
    const drafts = await t.inject({
      method: 'GET',
      url: '/api/v1/registry/services?status=draft&q=01.01-901',
      headers: auth(),
    });
    expect(drafts.json<{ total: number }>().total).toBe(1);
  });

  it('reads an entry as of a date', async () => {
    const id = await draft();
    await action(id, 'inclusion', { decreeNumber: '10', decreeDate: '2025-02-01' });
    await action(id, 'amendments', {
      decreeNumber: '11',
      decreeDate: '2025-05-01',
      changes: { termWorkingDays: 5 },
    });
    const read = (asOf: string) =>
      t.inject({ method: 'GET', url: `/api/v1/registry/services/${id}?asOf=${asOf}` });

    const before = await read('2025-01-31');
    expect(before.statusCode).toBe(404);
    expect(before.json().code).toBe('SERVICE_NOT_IN_REGISTRY_AS_OF');

    expect((await read('2025-03-01')).json()).toMatchObject({
      version: 2,
      termWorkingDays: 1,
      asOf: '2025-03-01',
    });
    expect((await read('2025-05-01')).json()).toMatchObject({
      version: 3,
      termWorkingDays: 5,
      status: 'amended',
    });
    expect((await read('2025-04-30')).json()).toMatchObject({ status: 'included', termWorkingDays: 1 });
  });

  describe('organisations that closed', () => {
    let organizationSeq = 0;
    const bins = ['010240000008', '010240000018', '010240000028', '010240000038'];

    /** A state institution (or a ministry) of the directory; its id and a function that closes it. */
    async function institution(
      kind = 'state-institution',
    ): Promise<{ id: string; close: () => Promise<void> }> {
      const body = {
        bin: bins[organizationSeq],
        nameKk: `Мемлекеттік орган ${organizationSeq}`,
        nameRu: `Государственный орган ${organizationSeq}`,
        kind,
        roles: kind === 'central-state-body' ? ['service-owner', 'provider'] : ['provider'],
        regionKato: '750000000',
      };
      organizationSeq += 1;
      const created = await t.inject({
        method: 'POST',
        url: '/api/v1/registry/organizations',
        headers: auth(),
        payload: body,
      });
      expect(created.statusCode).toBe(201);
      const id = created.json<{ id: string }>().id;
      return {
        id,
        close: async () => {
          const closed = await t.inject({
            method: 'PUT',
            url: `/api/v1/registry/organizations/${id}`,
            headers: auth(),
            payload: { ...body, active: false },
          });
          expect(closed.statusCode).toBe(200);
        },
      };
    }

    const inactiveFields = (response: { json: () => unknown }) =>
      (response.json() as { errors: Array<{ field: string }> }).errors.map((e) => e.field);

    it('refuses an inactive organisation as owner, provider or intake organisation of a draft', async () => {
      const owner = await institution('central-state-body');
      const provider = await institution();
      await owner.close();
      await provider.close();
      const response = await t.inject({
        method: 'POST',
        url: '/api/v1/registry/services',
        headers: auth(),
        payload: {
          ...birthRegistration(f),
          ownerId: owner.id,
          providerIds: [provider.id],
          intakeOrganizationIds: [provider.id],
        },
      });
      expect(response.statusCode).toBe(409);
      expect(response.json()).toMatchObject({ code: 'SERVICE_ORGANIZATION_INACTIVE' });
      expect(inactiveFields(response)).toEqual(['ownerId', 'providerIds', 'intakeOrganizationIds']);
    });

    it('checks the references again when the draft is included', async () => {
      const provider = await institution();
      const create = await t.inject({
        method: 'POST',
        url: '/api/v1/registry/services',
        headers: auth(),
        payload: { ...birthRegistration(f), providerIds: [provider.id] },
      });
      const id = create.json<{ id: string }>().id;
      await provider.close();
      const response = await action(id, 'inclusion', { decreeNumber: '40', decreeDate: '2025-04-01' });
      expect(response.statusCode).toBe(409);
      expect(inactiveFields(response)).toEqual(['providerIds']);
      expect(
        (await t.inject({ method: 'GET', url: `/api/v1/registry/services/${id}`, headers: auth() })).json(),
      ).toMatchObject({
        status: 'draft',
      });
    });

    it('checks every reference again when an entry is amended, not only the changed fields', async () => {
      const intake = await institution();
      const create = await t.inject({
        method: 'POST',
        url: '/api/v1/registry/services',
        headers: auth(),
        payload: { ...birthRegistration(f), intakeOrganizationIds: [intake.id] },
      });
      const id = create.json<{ id: string }>().id;
      expect(
        (await action(id, 'inclusion', { decreeNumber: '41', decreeDate: '2025-04-01' })).statusCode,
      ).toBe(200);
      await intake.close();
      const response = await action(id, 'amendments', {
        decreeNumber: '42',
        decreeDate: '2025-05-01',
        changes: { termWorkingDays: 3 },
      });
      expect(response.statusCode).toBe(409);
      expect(response.json().code).toBe('SERVICE_ORGANIZATION_INACTIVE');
      expect(inactiveFields(response)).toEqual(['intakeOrganizationIds']);
      const replaced = await action(id, 'amendments', {
        decreeNumber: '42',
        decreeDate: '2025-05-01',
        changes: { termWorkingDays: 3, intakeOrganizationIds: [f.pscId] },
      });
      expect(replaced.statusCode).toBe(200);
    });
  });

  it('refuses to exclude a draft with 409 SERVICE_NOT_INCLUDED', async () => {
    const id = await draft();
    const response = await action(id, 'exclusion', {
      decreeNumber: '1',
      decreeDate: '2025-01-01',
      reason: { kk: 'себеп', ru: 'причина' },
    });
    expect(response.statusCode).toBe(409);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json()).toMatchObject({
      code: 'SERVICE_NOT_INCLUDED',
      type: 'urn:kzps:problem:service-not-included',
    });
  });

  it('refuses to amend an excluded entry with 409 SERVICE_EXCLUDED', async () => {
    const id = await draft();
    await action(id, 'inclusion', { decreeNumber: '1', decreeDate: '2025-01-01' });
    await action(id, 'exclusion', {
      decreeNumber: '2',
      decreeDate: '2025-02-01',
      reason: { kk: 'себеп', ru: 'причина' },
    });
    const response = await action(id, 'amendments', {
      decreeNumber: '3',
      decreeDate: '2025-03-01',
      changes: { termWorkingDays: 3 },
    });
    expect(response.statusCode).toBe(409);
    expect(response.json().code).toBe('SERVICE_EXCLUDED');
  });

  it('refuses a second inclusion, a draft edit after inclusion and an amendment dated before the current version', async () => {
    const id = await draft();
    await action(id, 'inclusion', { decreeNumber: '5', decreeDate: '2025-04-01' });
    expect((await action(id, 'inclusion', { decreeNumber: '6', decreeDate: '2025-04-02' })).json().code).toBe(
      'SERVICE_NOT_DRAFT',
    );
    const edit = await t.inject({
      method: 'PUT',
      url: `/api/v1/registry/services/${id}`,
      headers: auth(),
      payload: birthRegistration(f),
    });
    expect(edit.statusCode).toBe(409);
    expect(edit.json().code).toBe('SERVICE_NOT_DRAFT');
    const early = await action(id, 'amendments', {
      decreeNumber: '7',
      decreeDate: '2025-03-01',
      changes: { paid: false, termWorkingDays: 9 },
    });
    expect(early.statusCode).toBe(409);
    expect(early.json().code).toBe('SERVICE_EFFECTIVE_DATE_OUT_OF_ORDER');
  });

  it("Art. 5: names each contradiction between an entry's fields in Kazakh and Russian", async () => {
    const response = await t.inject({
      method: 'POST',
      url: '/api/v1/registry/services',
      headers: auth(),
      payload: { ...birthRegistration(f), deliveryForm: 'paper', paid: true },
    });
    expect(response.statusCode).toBe(400);
    const problem = response.json<{
      code: string;
      errors: Array<{ field: string; localizedMessage: { kk: string; ru: string } }>;
      localizedDetail: { kk: string; ru: string };
    }>();
    expect(problem.code).toBe('SERVICE_ENTRY_INCONSISTENT');
    expect(problem.errors).toEqual([
      expect.objectContaining({
        field: 'channels',
        localizedMessage: {
          kk: 'Тек қағаз нысанындағы қызметте «электрондық үкімет» веб-порталы арнасы болмайды',
          ru: 'У услуги только в бумажной форме не может быть канала веб-портала «электронного правительства»',
        },
      }),
      expect.objectContaining({
        field: 'feeLegalBasis',
        localizedMessage: {
          kk: 'Ақылы қызмет үшін төлемнің құқықтық негізін көрсетіңіз',
          ru: 'Для платной услуги укажите правовое основание платы',
        },
      }),
    ]);
    expect(problem.localizedDetail.ru).toBe(
      'У услуги только в бумажной форме не может быть канала веб-портала «электронного правительства»; ' +
        'Для платной услуги укажите правовое основание платы',
    );
  });

  it('answers 400 for bad input, naming the fields', async () => {
    const response = await t.inject({
      method: 'POST',
      url: '/api/v1/registry/services',
      headers: auth(),
      payload: { ...birthRegistration(f), deliveryForm: 'fax', channels: [], ownerId: 'nobody' },
    });
    expect(response.statusCode).toBe(400);
    const fields = response.json<{ errors: Array<{ field: string }> }>().errors.map((e) => e.field);
    expect(new Set(fields)).toEqual(new Set(['deliveryForm', 'channels', 'ownerId']));

    const inconsistent = await t.inject({
      method: 'POST',
      url: '/api/v1/registry/services',
      headers: auth(),
      payload: { ...birthRegistration(f), deliveryForm: 'paper', paid: true },
    });
    expect(inconsistent.statusCode).toBe(400);
    expect(inconsistent.json().code).toBe('SERVICE_ENTRY_INCONSISTENT');

    const notOwner = await t.inject({
      method: 'POST',
      url: '/api/v1/registry/services',
      headers: auth(),
      payload: { ...birthRegistration(f), ownerId: f.pscId },
    });
    expect(notOwner.json().code).toBe('SERVICE_OWNER_NOT_ELIGIBLE');

    const badDate = await t.inject({
      method: 'GET',
      url: `/api/v1/registry/services/${f.pscId}?asOf=2025-13-45`,
    });
    expect(badDate.statusCode).toBe(400);
  });

  it('refuses an entry without its name or legal basis, an amendment without changes and an exclusion without its reason, naming the field', async () => {
    const { name: _name, legalBasis: _basis, ...withoutThem } = birthRegistration(f);
    const drafted = await t.inject({
      method: 'POST',
      url: '/api/v1/registry/services',
      headers: auth(),
      payload: withoutThem,
    });
    expect(drafted.statusCode).toBe(400);
    const fieldsOf = (response: { json<T>(): T }) =>
      new Set(response.json<{ errors: Array<{ field: string }> }>().errors.map((e) => e.field));
    expect(fieldsOf(drafted)).toEqual(new Set(['name', 'legalBasis']));

    const id = await draft();
    await action(id, 'inclusion', { decreeNumber: '50', decreeDate: '2025-02-01' });
    const amended = await action(id, 'amendments', { decreeNumber: '51', decreeDate: '2025-03-01' });
    expect(amended.statusCode).toBe(400);
    expect(fieldsOf(amended)).toEqual(new Set(['changes']));
    const excluded = await action(id, 'exclusion', { decreeNumber: '52', decreeDate: '2025-04-01' });
    expect(excluded.statusCode).toBe(400);
    expect(fieldsOf(excluded)).toEqual(new Set(['reason']));
  });

  it('answers 401 without a token and 403 without the public-services authority role', async () => {
    const anonymous = await t.inject({
      method: 'POST',
      url: '/api/v1/registry/services',
      payload: birthRegistration(f),
    });
    expect(anonymous.statusCode).toBe(401);
    const recipient = await t.token(['recipient'], 'citizen-1');
    const forbidden = await t.inject({
      method: 'POST',
      url: '/api/v1/registry/services',
      headers: { authorization: `Bearer ${recipient}` },
      payload: birthRegistration(f),
    });
    expect(forbidden.statusCode).toBe(403);
    const read = await t.inject({ method: 'GET', url: '/api/v1/registry/services' });
    expect(read.statusCode).toBe(200);
  });
});
