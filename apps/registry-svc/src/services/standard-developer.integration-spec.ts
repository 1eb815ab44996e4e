import { randomUUID } from 'node:crypto';
import { createTestDatabase, migrationDataSource, type TestDatabase } from '@kzps/testing';
import { migrations } from '../migrations';
import { LocalExecutiveOwnersToProviders1796508930518 } from '../migrations/1796508930518-local-executive-owners-to-providers.migration';
import { insertLegacyEntry, insertLegacyOwner } from '../test/legacy-rows';
import { birthRegistration } from '../test/registry-fixtures';
import { registrySuite } from '../test/registry-suite';

describe('the body that develops and approves the standard (Art. 6.2, 7.1, 7.3)', () => {
  const s = registrySuite();

  it('Art. 7.1: refuses a local executive body as the developer, in Kazakh and Russian, and marks akimat-delivered services', async () => {
    const { r, f } = s;
    const asDeveloper = await s.t.inject({
      method: 'POST',
      url: '/api/v1/registry/services',
      headers: { authorization: `Bearer ${f.writer}` },
      payload: { ...birthRegistration(f), ownerId: f.akimatId },
    });
    expect(asDeveloper.statusCode).toBe(400);
    expect(asDeveloper.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(asDeveloper.json()).toMatchObject({
      code: 'SERVICE_OWNER_LOCAL_EXECUTIVE_BODY',
      organizationId: f.akimatId,
      localizedTitle: { kk: expect.stringContaining('7-баптың'), ru: expect.stringContaining('статьи 7') },
      localizedDetail: { kk: expect.any(String), ru: expect.stringContaining('среди поставщиков') },
    });

    // The ministry develops it, the akimat delivers it: the entry says so.
    const id = await r.included();
    const entry = (await r.read(`/services/${id}`)).json<{
      owner: { id: string; kind: string };
      providers: Array<{ id: string }>;
      deliveredByLocalExecutiveBodies: boolean;
    }>();
    expect(entry.owner).toMatchObject({ id: f.ministryId, kind: 'central-state-body' });
    expect(entry.providers.map((p) => p.id)).toEqual([f.akimatId]);
    expect(entry.deliveredByLocalExecutiveBodies).toBe(true);

    // Nor can an amendment make the akimat the developer.
    const amended = await r.action(id, 'amendments', {
      decreeNumber: '1300',
      decreeDate: '2025-04-01',
      changes: { ownerId: f.akimatId },
    });
    expect(amended.statusCode).toBe(400);
    expect(amended.json().code).toBe('SERVICE_OWNER_LOCAL_EXECUTIVE_BODY');
  });
});

describe('the migration that takes local executive bodies out of the developer role (Art. 7.1, 7.3)', () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase('registry_local_owner');
  });

  afterAll(async () => {
    await database?.drop();
  });

  it('Art. 7.3: moves an akimat recorded as developer to the providers, reports each entry and leaves the ministries’ alone', async () => {
    const connect = (upTo: number) => migrationDataSource(database.url, migrations.slice(0, upTo));
    const before = connect(migrations.indexOf(LocalExecutiveOwnersToProviders1796508930518));
    await before.initialize();
    await before.runMigrations();
    const ministry = await insertLegacyOwner(before);
    const akimat = randomUUID();
    const institution = randomUUID();
    await before.query(
      `INSERT INTO organization (id, bin, name_kk, name_ru, kind, level, roles, region_kato, version)
       VALUES ($1, '990240002344', 'Алматы қаласының әкімдігі', 'Акимат города Алматы', 'local-executive-body',
               'city-of-republican-significance', '{service-owner,provider}', '750000000', 1),
              ($2, '000340000014', 'Білім басқармасы', 'Управление образования', 'state-institution', NULL,
               '{provider}', '750000000', 1)`,
      [akimat, institution],
    );
    const entry = (code: string, ownerId: string) =>
      insertLegacyEntry(before, {
        code,
        ownerId,
        decreeNumber: '1218',
        decreeDate: '2025-03-18',
        decreeKind: 'government-resolution',
      });
    // The akimat owns and delivers one; owns another its institution delivers; the ministry owns a third.
    const ownsAndDelivers = await entry('01-001', akimat);
    const ownsOnly = await entry('01-002', akimat);
    await before.query(`UPDATE service_entry SET provider_ids = ARRAY[$2]::uuid[] WHERE id = $1`, [
      ownsOnly,
      institution,
    ]);
    const ministrys = await entry('01-003', ministry);
    // A version of the second, recorded by a decree not yet in effect, names the akimat as owner too.
    await before.query(
      `INSERT INTO service_entry_version (service_id, version, change, status, content, decree_kind,
         decree_number, decree_date, effective_date, recorded_by, recorded_at, applied_at)
       VALUES ($1, 3, 'amended', 'amended', $2::jsonb, 'government-resolution', '1400', '2099-01-01',
               '2099-01-01', 'officer-1', now(), NULL)`,
      [
        ownsOnly,
        JSON.stringify({ ownerId: akimat, providerIds: [institution], nameRu: 'Регистрация брака' }),
      ],
    );
    await before.destroy();

    const after = connect(migrations.length);
    await after.initialize();
    await after.runMigrations();
    const rows = await after.query<Array<{ id: string; owner_id: string | null; provider_ids: string[] }>>(
      `SELECT id, owner_id, provider_ids FROM service_entry ORDER BY code`,
    );
    expect(rows).toEqual([
      { id: ownsAndDelivers, owner_id: null, provider_ids: [akimat] },
      { id: ownsOnly, owner_id: null, provider_ids: [institution, akimat] },
      { id: ministrys, owner_id: ministry, provider_ids: [ministry] },
    ]);
    const [scheduled] = await after.query<
      Array<{ content: { ownerId: string | null; providerIds: string[] } }>
    >(`SELECT content FROM service_entry_version WHERE service_id = $1 AND version = 3`, [ownsOnly]);
    expect(scheduled?.content).toMatchObject({ ownerId: null, providerIds: [institution, akimat] });
    // The report the public-services authority reads: the corrections and their audit records.
    const report = await after.query(
      `SELECT service_id, code, version, former_owner_id, added_to_providers FROM owner_correction
        ORDER BY code, version NULLS FIRST`,
    );
    expect(report).toEqual([
      {
        service_id: ownsAndDelivers,
        code: '01-001',
        version: null,
        former_owner_id: akimat,
        added_to_providers: false,
      },
      {
        service_id: ownsOnly,
        code: '01-002',
        version: null,
        former_owner_id: akimat,
        added_to_providers: true,
      },
      { service_id: ownsOnly, code: '01-002', version: 3, former_owner_id: akimat, added_to_providers: true },
    ]);
    const audited = await after.query<Array<{ resource_id: string }>>(
      `SELECT resource_id FROM audit_record WHERE action = 'service.owner-to-providers' ORDER BY resource_id`,
    );
    expect(audited.map((a) => a.resource_id).sort()).toEqual([ownsAndDelivers, ownsOnly, ownsOnly].sort());
    // The search projection follows the entry.
    const searched = await after.query(`SELECT owner_id FROM service_search WHERE service_id = $1`, [
      ownsOnly,
    ]);
    expect(searched).toEqual([{ owner_id: null }]);
    await after.destroy();
  });
});
