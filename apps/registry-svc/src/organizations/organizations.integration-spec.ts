import { RegistryEventTypes, Topics } from '@kzps/contracts';
import { eventually } from '@kzps/testing';
import { DataSource } from 'typeorm';
import { listenTo, type EventListener } from '../test/event-listener';
import {
  birthRegistration,
  createFixture,
  fixtureOrganizations,
  withCheckDigit,
  type Fixture,
} from '../test/registry-fixtures';
import { startRegistryTestApp, type RegistryTestApp } from '../test/registry-test-app';

/** Synthetic numbers: BINs registered in 2021, an IIN of someone born in 1855 (nobody living holds it). */
const bins = {
  finance: withCheckDigit('21014000001'),
  revenue: withCheckDigit('21014100002'),
  oblast: withCheckDigit('21024000003'),
  district: withCheckDigit('21024000004'),
  school: withCheckDigit('21034000005'),
  other: withCheckDigit('21034000006'),
};
const notaryIin = withCheckDigit('55031510012');
const otherIin = withCheckDigit('55031520034');

interface Organization {
  id: string;
  bin: string | null;
  iinMasked: string | null;
  nameKk: string;
  nameRu: string;
  kind: string;
  level: string | null;
  roles: string[];
  parentId: string | null;
  regionKato: string | null;
  active: boolean;
  version: number;
}

interface Problem {
  code: string;
  status: number;
  detail?: string;
  errors?: Array<{ field: string; message: string }>;
  entries?: Array<{ code: string }>;
}

describe('organisations directory', () => {
  let t: RegistryTestApp;
  let f: Fixture;
  let writer: string;
  let events: EventListener;

  const ministry = (overrides: Record<string, unknown> = {}) => ({
    bin: bins.finance,
    nameKk: 'Қазақстан Республикасының Қаржы министрлігі',
    nameRu: 'Министерство финансов Республики Казахстан',
    kind: 'central-state-body',
    roles: ['service-owner'],
    regionKato: '710000000',
    ...overrides,
  });

  /** `null`: no token at all. */
  const post = (payload: object, token: string | null = writer) =>
    t.inject({
      method: 'POST',
      url: '/api/v1/registry/organizations',
      payload,
      headers: token ? { authorization: `Bearer ${token}` } : {},
    });
  const put = (id: string, payload: object, token: string | null = writer) =>
    t.inject({
      method: 'PUT',
      url: `/api/v1/registry/organizations/${id}`,
      payload,
      headers: token ? { authorization: `Bearer ${token}` } : {},
    });
  const list = async (query: string) => {
    const response = await t.inject({ method: 'GET', url: `/api/v1/registry/organizations?${query}` });
    expect(response.statusCode).toBe(200);
    return response.json<{ items: Organization[]; total: number; page: number; size: number }>();
  };
  async function created(payload: object): Promise<Organization> {
    const response = await post(payload);
    expect(response.statusCode).toBe(201);
    return response.json<Organization>();
  }

  beforeAll(async () => {
    events = await listenTo([Topics.registryOrganizations]);
    t = await startRegistryTestApp();
    f = await createFixture(t);
    writer = await t.token(['public-services-authority']);
  });

  afterAll(async () => {
    await events?.close();
    await t?.close();
  });

  describe('writing', () => {
    let finance: Organization;

    beforeAll(async () => {
      finance = await created(ministry());
    });

    it('creates an organisation at version 1 with its BIN, names, kind and region', () => {
      expect(finance).toMatchObject({
        bin: bins.finance,
        iinMasked: null,
        nameKk: 'Қазақстан Республикасының Қаржы министрлігі',
        kind: 'central-state-body',
        level: null,
        regionKato: '710000000',
        active: true,
        version: 1,
      });
    });

    it('answers a retried create with the same Idempotency-Key with the first answer, one organisation', async () => {
      const body = ministry({ bin: withCheckDigit('21034000017'), roles: [] });
      const send = () =>
        t.inject({
          method: 'POST',
          url: '/api/v1/registry/organizations',
          payload: body,
          headers: { authorization: `Bearer ${writer}`, 'idempotency-key': 'organization-retried' },
        });
      const [first, retry] = [await send(), await send()];
      expect([first.statusCode, retry.statusCode]).toEqual([201, 201]);
      expect(retry.json()).toEqual(first.json());
      expect((await list(`q=${body.bin}`)).total).toBe(1);
    });

    it('refuses a BIN with a wrong check digit, naming the field in Kazakh and Russian', async () => {
      const wrong = `${bins.other.slice(0, 11)}${(Number(bins.other[11]) + 1) % 10}`;
      const response = await post(ministry({ bin: wrong }));
      expect(response.statusCode).toBe(400);
      expect(response.headers['content-type']).toContain('application/problem+json');
      const problem = response.json<Problem>();
      expect(problem.code).toBe('VALIDATION_FAILED');
      expect(problem.errors).toEqual([
        expect.objectContaining({
          field: 'bin',
          message: expect.stringMatching(/БСН жарамсыз.*неверный БИН.*бақылау цифры.*контрольная цифра/),
        }),
      ]);
    });

    it('refuses a blank name (whitespace alone) with 400 naming the field, and changes nothing', async () => {
      const create = await post(ministry({ bin: withCheckDigit('21034000028'), nameRu: '   ' }));
      const update = await put(finance.id, ministry({ nameKk: '   ' }));
      for (const [response, field] of [
        [create, 'nameRu'],
        [update, 'nameKk'],
      ] as const) {
        expect(response.statusCode).toBe(400);
        expect(response.headers['content-type']).toContain('application/problem+json');
        const errors = response.json<Problem>().errors ?? [];
        expect(errors).toContainEqual(
          expect.objectContaining({ field, message: expect.stringContaining('must not be blank') }),
        );
        expect(errors.map((error) => error.field)).toEqual(errors.map(() => field));
      }
      const stored = await t.inject({ method: 'GET', url: `/api/v1/registry/organizations/${finance.id}` });
      expect(stored.json<Organization>()).toMatchObject({ nameKk: finance.nameKk, version: finance.version });
    });

    it('refuses a BIN that is already in the directory with 409', async () => {
      const response = await post(ministry({ nameRu: 'Дубликат', nameKk: 'Көшірме' }));
      expect(response.statusCode).toBe(409);
      expect(response.json<Problem & { organizationId: string }>()).toMatchObject({
        code: 'ORGANIZATION_BIN_TAKEN',
        organizationId: finance.id,
      });
    });

    it('keeps every earlier state in its versions, each with who changed it and when', async () => {
      const editor = await t.token(['public-services-authority'], 'officer-2');
      const renamed = await put(
        finance.id,
        ministry({ nameRu: 'Министерство финансов РК', roles: ['service-owner', 'provider'] }),
        editor,
      );
      expect(renamed.statusCode).toBe(200);
      expect(renamed.json<Organization>()).toMatchObject({ nameRu: 'Министерство финансов РК', version: 2 });

      const versions = await t.inject({
        method: 'GET',
        url: `/api/v1/registry/organizations/${finance.id}/versions`,
      });
      const history =
        versions.json<
          Array<{ version: number; changedBy: string; changedAt: string; organization: Organization }>
        >();
      expect(history.map((v) => [v.version, v.changedBy, v.organization.nameRu])).toEqual([
        [1, 'officer-1', 'Министерство финансов Республики Казахстан'],
        [2, 'officer-2', 'Министерство финансов РК'],
      ]);
      expect(history[0]?.organization.roles).toEqual(['service-owner']);
      for (const version of history) expect(Date.parse(version.changedAt)).not.toBeNaN();
    });

    it('records who created and who changed it in the audit trail', async () => {
      const rows = await t.app
        .get(DataSource)
        .query<Array<{ action: string; actor_subject: string; summary: string }>>(
          `SELECT action, actor_subject, summary FROM audit_record WHERE resource_id = $1 ORDER BY occurred_at`,
          [finance.id],
        );
      expect(rows.map((row) => [row.action, row.actor_subject])).toEqual([
        ['organization.created', 'officer-1'],
        ['organization.updated', 'officer-2'],
      ]);
      expect(rows[1]?.summary).toContain('Министерство финансов РК');
    });

    it('publishes every version as organisation.upserted through the broker, keyed by the organisation', async () => {
      const event = await events.eventFor(finance.id, RegistryEventTypes.organizationUpserted);
      expect(event.headers).toMatchObject({ ce_subject: finance.id, ce_source: '/kzps/registry-svc' });
      expect(event.value).toMatchObject({
        organizationId: finance.id,
        bin: bins.finance,
        kind: 'central-state-body',
        registryKind: 'central-state-body',
        active: true,
        version: 1,
      });
      const second = await eventually(
        () => events.eventsFor(finance.id, RegistryEventTypes.organizationUpserted)[1],
        'the second organisation.upserted',
      );
      expect(second.value).toMatchObject({
        nameRu: 'Министерство финансов РК',
        version: 2,
      });
    });

    it('refuses a parent that would make the organisation its own ancestor', async () => {
      const revenue = await created({
        bin: bins.revenue,
        nameKk: 'Мемлекеттік кірістер комитеті',
        nameRu: 'Комитет государственных доходов',
        kind: 'department',
        roles: ['provider'],
        parentId: finance.id,
      });
      const response = await put(finance.id, ministry({ parentId: revenue.id }));
      expect(response.statusCode).toBe(400);
      expect(response.json<Problem>()).toMatchObject({
        code: 'ORGANIZATION_PARENT_CYCLE',
        errors: [expect.objectContaining({ field: 'parentId' })],
      });
    });

    it('files a department (ведомство) only under a central state body', async () => {
      const orphan = await post({
        bin: bins.other,
        nameKk: 'Комитет',
        nameRu: 'Комитет',
        kind: 'department',
        roles: ['provider'],
        parentId: f.akimatId,
      });
      expect(orphan.statusCode).toBe(400);
      expect(orphan.json<Problem>().code).toBe('ORGANIZATION_DEPARTMENT_PARENT');
    });

    it('refuses writes without a token (401) and without the authority role (403)', async () => {
      expect((await post(ministry({ bin: bins.other }), null)).statusCode).toBe(401);
      const citizen = await t.token(['recipient'], 'citizen');
      expect((await post(ministry({ bin: bins.other }), citizen)).statusCode).toBe(403);
      expect((await put(finance.id, ministry(), null)).statusCode).toBe(401);
      expect((await put(finance.id, ministry(), citizen)).statusCode).toBe(403);
    });
  });

  describe('local executive bodies (Art. 5.1.2)', () => {
    const akimat = (overrides: Record<string, unknown>) => ({
      bin: bins.oblast,
      nameKk: 'Қарағанды облысының әкімдігі',
      nameRu: 'Акимат Карагандинской области',
      kind: 'local-executive-body',
      level: 'oblast',
      roles: ['service-owner', 'provider'],
      regionKato: '350000000',
      ...overrides,
    });

    it('refuses a level on any other kind, and a local executive body without one', async () => {
      const ministryWithLevel = await post(ministry({ bin: bins.other, level: 'oblast' }));
      expect(ministryWithLevel.statusCode).toBe(400);
      expect(ministryWithLevel.json<Problem>()).toMatchObject({
        code: 'ORGANIZATION_LEVEL_MISMATCH',
        errors: [expect.objectContaining({ field: 'level' })],
      });
      const withoutLevel = await post(akimat({ level: undefined }));
      expect(withoutLevel.json<Problem>().code).toBe('ORGANIZATION_LEVEL_MISMATCH');
    });

    it('requires the KATO code of its territory', async () => {
      const response = await post(akimat({ regionKato: undefined }));
      expect(response.statusCode).toBe(400);
      expect(response.json<Problem>().errors).toEqual([
        expect.objectContaining({ field: 'regionKato', message: expect.stringMatching(/КАТО/) }),
      ]);
    });

    it('checks the KATO code against the level and the parent oblast', async () => {
      const districtCodeForOblast = await post(akimat({ regionKato: '351010000' }));
      expect(districtCodeForOblast.statusCode).toBe(400);
      expect(districtCodeForOblast.json<Problem>()).toMatchObject({
        code: 'ORGANIZATION_KATO_MISMATCH',
        errors: [expect.objectContaining({ field: 'regionKato' })],
      });

      const oblast = await created(akimat({}));
      const district = (overrides: Record<string, unknown>) =>
        akimat({
          bin: bins.district,
          nameKk: 'Абай ауданының әкімдігі',
          nameRu: 'Акимат Абайского района',
          level: 'district',
          parentId: oblast.id,
          ...overrides,
        });
      const elsewhere = await post(district({ regionKato: '195200000' }));
      expect(elsewhere.json<Problem>().detail).toMatch(/outside the parent's unit 350000000/);
      expect((await post(district({ regionKato: '352000000' }))).statusCode).toBe(201);
    });
  });

  describe('individual providers (Art. 5.2.2)', () => {
    const notary = (overrides: Record<string, unknown> = {}) => ({
      iin: notaryIin,
      nameKk: 'Жеке нотариус Ахметова А.',
      nameRu: 'Частный нотариус Ахметова А.',
      kind: 'individual-provider',
      roles: ['provider'],
      regionKato: '750000000',
      ...overrides,
    });
    let registered: Organization;
    let raw: string;

    beforeAll(async () => {
      const response = await post(notary());
      expect(response.statusCode).toBe(201);
      raw = response.body;
      registered = response.json<Organization>();
    });

    it('registers an individual provider by IIN and answers it masked, with no BIN', () => {
      expect(registered).toMatchObject({
        bin: null,
        iinMasked: `${notaryIin.slice(0, 4)}******${notaryIin.slice(10)}`,
        kind: 'individual-provider',
      });
      expect(raw).not.toContain(notaryIin);
    });

    it('never shows the IIN in reads, versions, events or the audit trail', async () => {
      const reads = await Promise.all([
        t.inject({ method: 'GET', url: `/api/v1/registry/organizations/${registered.id}` }),
        t.inject({ method: 'GET', url: `/api/v1/registry/organizations/${registered.id}/versions` }),
        t.inject({ method: 'GET', url: '/api/v1/registry/organizations?kind=individual-provider' }),
      ]);
      for (const read of reads) {
        expect(read.statusCode).toBe(200);
        expect(read.body).not.toContain(notaryIin);
        expect(read.body).toContain(registered.iinMasked);
      }
      const event = await events.eventFor(registered.id, RegistryEventTypes.organizationUpserted);
      expect(event.value).toMatchObject({ kind: 'individual', iinMasked: registered.iinMasked });
      expect(event.value).not.toHaveProperty('bin');
      expect(event.raw).not.toContain(notaryIin);
      const audit = await t.app
        .get(DataSource)
        .query<Array<{ summary: string }>>(`SELECT summary FROM audit_record WHERE resource_id = $1`, [
          registered.id,
        ]);
      expect(audit.length).toBe(1);
      expect(audit[0]?.summary).not.toContain(notaryIin);
    });

    it('refuses an IIN that is already registered with 409, without echoing it', async () => {
      const response = await post(notary({ nameRu: 'Другой нотариус', nameKk: 'Басқа нотариус' }));
      expect(response.statusCode).toBe(409);
      expect(response.json<Problem>().code).toBe('ORGANIZATION_IIN_TAKEN');
      expect(response.body).not.toContain(notaryIin);
    });

    it('refuses a malformed IIN, a BIN for an individual and an IIN for anyone else', async () => {
      const malformed = await post(
        notary({ iin: `${otherIin.slice(0, 11)}${(Number(otherIin[11]) + 1) % 10}` }),
      );
      expect(malformed.statusCode).toBe(400);
      expect(malformed.json<Problem>().errors).toEqual([
        expect.objectContaining({
          field: 'iin',
          message: expect.stringMatching(/ЖСН жарамсыз.*неверный ИИН/),
        }),
      ]);
      const withBin = await post(notary({ iin: otherIin, bin: bins.other }));
      expect(withBin.json<Problem>()).toMatchObject({
        code: 'ORGANIZATION_IDENTIFIER_MISMATCH',
        errors: [expect.objectContaining({ field: 'bin' })],
      });
      const ministryWithIin = await post(ministry({ bin: bins.other, iin: otherIin }));
      expect(ministryWithIin.json<Problem>()).toMatchObject({
        code: 'ORGANIZATION_IDENTIFIER_MISMATCH',
        errors: [expect.objectContaining({ field: 'iin' })],
      });
      const withoutIin = await post(notary({ iin: undefined }));
      expect(withoutIin.json<Problem>().errors).toEqual([expect.objectContaining({ field: 'iin' })]);
    });
  });

  describe('reading', () => {
    it('finds organisations by words of their Kazakh or Russian name, or by BIN', async () => {
      const kazakh = await list(`q=${encodeURIComponent('әділет')}`);
      expect(kazakh.items.map((o) => o.id)).toEqual([f.ministryId]);
      const russian = await list(`q=${encodeURIComponent('акимат алматы')}`);
      expect(russian.items.map((o) => o.id)).toEqual([f.akimatId]);
      const byBin = await list(`q=${bins.finance}`);
      expect(byBin.items.map((o) => o.bin)).toEqual([bins.finance]);
    });

    it('filters by kind, role, region and whether it is in use', async () => {
      expect((await list('kind=psc')).items.map((o) => o.id)).toEqual([f.pscId]);
      const operators = await list('role=psc-operator');
      expect(operators.items.every((o) => o.roles.includes('psc-operator'))).toBe(true);
      expect(operators.total).toBe(1);
      const almaty = await list('regionKato=750000000');
      expect(almaty.items.every((o) => o.regionKato === '750000000')).toBe(true);
      expect(almaty.items.map((o) => o.id)).toContain(f.akimatId);
      const inUse = await list('active=true&size=200');
      expect(inUse.total).toBeGreaterThan(0);
      expect(inUse.items.every((o) => o.active)).toBe(true);
      const unclear = await t.inject({ method: 'GET', url: '/api/v1/registry/organizations?active=maybe' });
      expect(unclear.statusCode).toBe(400);
      expect(unclear.json<Problem>().errors).toEqual([expect.objectContaining({ field: 'active' })]);
    });

    it('pages as { items, total, page, size }', async () => {
      const all = await list('size=200');
      const first = await list('page=1&size=2');
      const second = await list('page=2&size=2');
      expect(first).toMatchObject({ page: 1, size: 2, total: all.total });
      expect(first.items).toHaveLength(2);
      expect(second.items.map((o) => o.id)).toEqual(all.items.slice(2, 4).map((o) => o.id));
      expect(await list('page=100&size=2')).toMatchObject({ items: [], total: all.total, page: 100 });
    });
  });

  describe('organisations that registry entries name', () => {
    let entryCode: string;

    beforeAll(async () => {
      const auth = { authorization: `Bearer ${f.writer}` };
      const draft = await t.inject({
        method: 'POST',
        url: '/api/v1/registry/services',
        headers: auth,
        payload: birthRegistration(f),
      });
      expect(draft.statusCode).toBe(201);
      const entry = draft.json<{ id: string; code: string }>();
      entryCode = entry.code;
      const included = await t.inject({
        method: 'POST',
        url: `/api/v1/registry/services/${entry.id}/inclusion`,
        headers: auth,
        payload: { decreeNumber: '1218', decreeDate: '2025-03-18' },
      });
      expect(included.statusCode).toBe(200);
    });

    const justice = (overrides: Record<string, unknown>) => ({
      ...fixtureOrganizations.ministry,
      ...overrides,
    });

    it('refuses to turn the owner of entries into a kind that cannot own a service (Art. 5.1)', async () => {
      const response = await put(f.ministryId, justice({ kind: 'psc' }));
      expect(response.statusCode).toBe(409);
      expect(response.json<Problem>()).toMatchObject({
        code: 'ORGANIZATION_OWNS_ENTRIES',
        errors: [expect.objectContaining({ field: 'kind' })],
        entries: [expect.objectContaining({ code: entryCode })],
      });
      const unchanged = await t.inject({
        method: 'GET',
        url: `/api/v1/registry/organizations/${f.ministryId}`,
      });
      // Version 2 is the administrator's designation of the fixture's ministry (D38).
      expect(unchanged.json<Organization>()).toMatchObject({ kind: 'central-state-body', version: 2 });
    });

    it('deactivates an owner that is reorganised away, listing the entries that still name it', async () => {
      const response = await put(f.ministryId, justice({ active: false }));
      expect(response.statusCode).toBe(200);
      expect(response.json<Organization & { dependentEntries: unknown[] }>()).toMatchObject({
        active: false,
        version: 3,
        dependentEntries: [{ id: expect.any(String), code: entryCode, status: 'included', roles: ['owner'] }],
      });
      const akimat = await put(f.akimatId, fixtureOrganizations.akimat);
      expect(akimat.json<{ dependentEntries: unknown[] }>().dependentEntries).toEqual([
        expect.objectContaining({ code: entryCode, roles: ['provider'] }),
      ]);
      const [audit] = await t.app
        .get(DataSource)
        .query<Array<{ summary: string }>>(
          `SELECT summary FROM audit_record WHERE resource_id = $1 AND action = 'organization.updated'`,
          [f.ministryId],
        );
      expect(audit?.summary).toContain(`"stillNamedBy":["${entryCode}"]`);
    });
  });
});
