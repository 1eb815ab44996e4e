import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import type { OrganizationUpsertedV1, ServiceEntryV1, ServiceExcludedV1 } from '@kzps/contracts';
import { serviceDataSourceOptions } from '@kzps/db';
import { createTestDatabase, type TestDatabase } from '@kzps/testing';
import { DataSource } from 'typeorm';
import { upsertOrganizationCopy } from './organization-copy';
import { entryOfExclusion, markServiceExcluded, upsertServiceCopy } from './service-copy';

// The one rule every service's copy of the registry follows (D12), over the tables a service that keeps
// every field has (applications-svc's); a service keeping fewer has the same tables less those columns.

const at = (minute: number): string => new Date(Date.UTC(2026, 1, 20, 5, minute)).toISOString();

function organization(more: Partial<OrganizationUpsertedV1> = {}): OrganizationUpsertedV1 {
  return {
    organizationId: randomUUID(),
    bin: '100000000021',
    nameKk: 'Әкімдік',
    nameRu: 'Акимат',
    kind: 'local-executive-body',
    active: true,
    updatedAt: at(0),
    roles: ['provider'],
    registryKind: 'akimat',
    regionKato: '750000000',
    ...more,
  };
}

function entry(more: Partial<ServiceEntryV1> = {}): ServiceEntryV1 {
  return {
    serviceId: randomUUID(),
    code: 'S-000001',
    nameKk: 'Анықтама беру',
    nameRu: 'Выдача справки',
    providerOrganizationIds: [randomUUID()],
    channels: ['provider'],
    paid: false,
    ownerOrganizationId: randomUUID(),
    ...more,
  };
}

describe('a service’s copy of the registry', () => {
  let database: TestDatabase;
  let dataSource: DataSource;

  beforeAll(async () => {
    database = await createTestDatabase('registry_copy');
    dataSource = await new DataSource(
      serviceDataSourceOptions({ url: database.url, entities: [], migrations: [] }),
    ).initialize();
    await dataSource.query(`
      CREATE TABLE organization_ref (
        id uuid PRIMARY KEY, bin text, name jsonb NOT NULL, kind text NOT NULL, registry_kind text,
        roles text[] NOT NULL DEFAULT '{}', region_kato text, parent_id uuid, active boolean NOT NULL,
        source_updated_at timestamptz NOT NULL)`);
    await dataSource.query(`
      CREATE TABLE service_ref (
        id uuid PRIMARY KEY, code text NOT NULL, name jsonb NOT NULL, owner_id uuid, provider_ids uuid[] NOT NULL,
        paid boolean, status text, updated_at timestamptz NOT NULL)`);
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  const organizationRow = async (id: string) => {
    const [row]: Array<Record<string, unknown>> = await dataSource.query(
      `SELECT bin, name, kind, registry_kind, roles, region_kato, parent_id, active FROM organization_ref WHERE id = $1`,
      [id],
    );
    return row;
  };
  const serviceRow = async (id: string) => {
    const [row]: Array<Record<string, unknown>> = await dataSource.query(
      `SELECT code, name, owner_id, provider_ids, paid, status FROM service_ref WHERE id = $1`,
      [id],
    );
    return row;
  };
  const everyField = ['bin', 'registryKind', 'regionKato', 'parentId'] as const;

  it('keeps the newest organisation: an older upsert (a retry, a replay) changes nothing', async () => {
    const first = organization({ updatedAt: at(10) });
    await upsertOrganizationCopy(dataSource.manager, first, everyField);
    await upsertOrganizationCopy(
      dataSource.manager,
      { ...first, nameRu: 'Старое имя', active: false, updatedAt: at(5) },
      everyField,
    );
    expect(await organizationRow(first.organizationId)).toMatchObject({
      bin: '100000000021',
      name: { kk: 'Әкімдік', ru: 'Акимат' },
      registry_kind: 'akimat',
      roles: ['provider'],
      region_kato: '750000000',
      active: true,
    });
  });

  it('keeps roles, registry kind and region an upsert from before those fields says nothing of; a null region clears it', async () => {
    const first = organization();
    await upsertOrganizationCopy(dataSource.manager, first, everyField);
    const { roles: _roles, registryKind: _kind, regionKato: _region, ...older } = first;
    await upsertOrganizationCopy(
      dataSource.manager,
      { ...older, nameRu: 'Акимат области', updatedAt: at(1) },
      everyField,
    );
    expect(await organizationRow(first.organizationId)).toMatchObject({
      name: { ru: 'Акимат области' },
      roles: ['provider'],
      registry_kind: 'akimat',
      region_kato: '750000000',
    });
    await upsertOrganizationCopy(
      dataSource.manager,
      { ...first, regionKato: null, roles: [], updatedAt: at(2) },
      everyField,
    );
    expect(await organizationRow(first.organizationId)).toMatchObject({ region_kato: null, roles: [] });
  });

  it('writes only the fields a service keeps', async () => {
    const first = organization({ parentOrganizationId: randomUUID() });
    await upsertOrganizationCopy(dataSource.manager, first, ['regionKato']);
    expect(await organizationRow(first.organizationId)).toMatchObject({
      bin: null,
      registry_kind: null,
      parent_id: null,
      region_kato: '750000000',
    });
  });

  it('copies an organisation for a service that keeps neither its region nor its BIN (monitoring-svc)', async () => {
    const parent = randomUUID();
    const first = organization({ parentOrganizationId: parent, roles: ['quality-authority'] });
    await upsertOrganizationCopy(dataSource.manager, first, ['parentId']);
    expect(await organizationRow(first.organizationId)).toMatchObject({
      parent_id: parent,
      roles: ['quality-authority'],
      region_kato: null,
    });
  });

  it('keeps the standing an amendment does not change, and the newest entry', async () => {
    const included = entry({ paid: true });
    const fields = { paid: true, status: true };
    await upsertServiceCopy(dataSource.manager, included, new Date(at(0)), fields, 'included');
    await markServiceExcluded(dataSource.manager, included.serviceId, new Date(at(5)));
    await upsertServiceCopy(dataSource.manager, { ...included, nameRu: 'Новая' }, new Date(at(6)), fields);
    expect(await serviceRow(included.serviceId)).toMatchObject({
      status: 'excluded',
      paid: true,
      name: { ru: 'Новая' },
    });
    // An amendment older than the copy changes nothing.
    await upsertServiceCopy(dataSource.manager, { ...included, nameRu: 'Старая' }, new Date(at(3)), fields);
    expect(await serviceRow(included.serviceId)).toMatchObject({ name: { ru: 'Новая' } });
  });

  it('takes the entry an exclusion carries, and none from an exclusion without one', () => {
    const left = entry();
    const excluded: ServiceExcludedV1 = { ...left, excludedAt: at(1), reason: 'Исключена постановлением' };
    expect(entryOfExclusion(excluded)).toMatchObject({ serviceId: left.serviceId, code: left.code });
    expect(
      entryOfExclusion({ serviceId: left.serviceId, excludedAt: at(1), reason: 'Исключена постановлением' }),
    ).toBeUndefined();
  });

  it('keeps no standing or fee in a copy that does not keep them', async () => {
    const included = entry({ paid: true });
    await upsertServiceCopy(dataSource.manager, included, new Date(at(0)), {}, 'excluded');
    expect(await serviceRow(included.serviceId)).toMatchObject({ paid: null, status: null });
  });
});
