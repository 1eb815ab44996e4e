import { TestClock } from '@kzps/testing';
import { DataSource } from 'typeorm';
import { withCheckDigit } from '../test/registry-fixtures';
import { startRegistryTestApp, type RegistryTestApp } from '../test/registry-test-app';
import { designationActExample } from './dto/authority-roles.dto';

// D38 (issue 14, defect 6): the authorised bodies other services trust (Art. 7.1-7.3, 20-22) are designated
// only by the platform administrator, on the legal act that designates them, and only central state bodies.

const bins = {
  ministry: withCheckDigit('21014000101'),
  akimat: withCheckDigit('21024000102'),
  other: withCheckDigit('21014000103'),
};

describe('authority roles (D38)', () => {
  let t: RegistryTestApp;
  let authority: string;
  let admin: string;
  const clock = new TestClock(new Date('2026-03-02T05:00:00Z'));

  const send = (method: 'POST' | 'PUT', url: string, payload: object, token: string) =>
    t.inject({ method, url, payload, headers: { authorization: `Bearer ${token}` } });
  const designate = (id: string, payload: object, token = admin) =>
    send('PUT', `/api/v1/registry/organizations/${id}/authority-roles`, payload, token);
  const ministry = {
    bin: bins.ministry,
    nameKk: 'Қазақстан Республикасының Әділет министрлігі',
    nameRu: 'Министерство юстиции Республики Казахстан',
    kind: 'central-state-body',
    roles: ['service-owner'],
    regionKato: '710000000',
  };
  async function created(payload: object): Promise<string> {
    const response = await send('POST', '/api/v1/registry/organizations', payload, authority);
    expect(response.statusCode).toBe(201);
    return response.json<{ id: string }>().id;
  }
  const rolesOf = async (id: string): Promise<string[]> =>
    (await t.inject({ method: 'GET', url: `/api/v1/registry/organizations/${id}` })).json<{
      roles: string[];
    }>().roles;

  beforeAll(async () => {
    t = await startRegistryTestApp({}, clock);
    authority = await t.token(['public-services-authority'], 'officer-psa');
    admin = await t.token(['admin'], 'admin');
  });

  afterAll(async () => {
    await t?.close();
  });

  it('Art. 7.2: the administrator designates a central state body on its act, kept and audited', async () => {
    const id = await created(ministry);
    const response = await designate(id, {
      roles: ['justice-registration-authority'],
      act: designationActExample,
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      organizationId: id,
      roles: ['justice-registration-authority'],
      act: designationActExample,
      recordedBy: 'admin',
    });
    expect(await rolesOf(id)).toEqual(['service-owner', 'justice-registration-authority']);
    const acts = await t.inject({
      method: 'GET',
      url: `/api/v1/registry/organizations/${id}/authority-designations`,
    });
    expect(acts.json()).toEqual([expect.objectContaining({ act: designationActExample })]);
    const audit: Array<{ actor_subject: string; summary: string }> = await t.app
      .get(DataSource)
      .query(`SELECT actor_subject, summary FROM audit_record WHERE resource_id = $1 AND action = $2`, [
        id,
        'organization.authority-roles',
      ]);
    expect(audit).toHaveLength(1);
    expect(audit[0]?.actor_subject).toBe('admin');
    // The act of 18 March 2025 was entered on 2 March 2026: accepted, and on record as such.
    expect(JSON.parse(audit[0]?.summary ?? '{}')).toMatchObject({
      act: { number: '1218', date: '2025-03-18' },
      recordedOn: '2026-03-02',
      before: ['service-owner'],
      after: ['service-owner', 'justice-registration-authority'],
    });
    // An edit of the directory keeping the role is still the authority's to make.
    const renamed = await send(
      'PUT',
      `/api/v1/registry/organizations/${id}`,
      {
        ...ministry,
        nameRu: 'Министерство юстиции РК',
        roles: ['service-owner', 'justice-registration-authority'],
      },
      authority,
    );
    expect(renamed.statusCode).toBe(200);
  });

  it('D38: refuses a public-services-authority officer, an act missing or dated in the future, and a body that is not central', async () => {
    const id = await created({ ...ministry, bin: bins.other, nameRu: 'Министерство здравоохранения' });
    const act = designationActExample;

    const byOfficer = await designate(id, { roles: ['quality-authority'], act }, authority);
    expect(byOfficer.statusCode).toBe(403);
    // Nor through the directory's own writes.
    const onCreate = await send(
      'POST',
      '/api/v1/registry/organizations',
      { ...ministry, bin: withCheckDigit('21014000104'), roles: ['quality-authority'] },
      authority,
    );
    expect(onCreate.statusCode).toBe(403);
    expect(onCreate.json()).toMatchObject({ code: 'ORGANIZATION_AUTHORITY_ROLES_BY_ACT' });
    const onUpdate = await send(
      'PUT',
      `/api/v1/registry/organizations/${id}`,
      { ...ministry, bin: bins.other, roles: ['service-owner', 'justice-registration-authority'] },
      authority,
    );
    expect(onUpdate.json()).toMatchObject({
      code: 'ORGANIZATION_AUTHORITY_ROLES_BY_ACT',
      errors: [{ field: 'roles' }],
    });

    const noAct = await designate(id, { roles: ['quality-authority'] });
    expect(noAct.statusCode).toBe(400);
    expect(noAct.json()).toMatchObject({ code: 'VALIDATION_FAILED', errors: [{ field: 'act' }] });

    const future = await designate(id, { roles: ['quality-authority'], act: { ...act, date: '2026-03-03' } });
    expect(future.statusCode).toBe(400);
    expect(future.json()).toMatchObject({
      code: 'ORGANIZATION_DESIGNATION_ACT_IN_FUTURE',
      errors: [{ field: 'act.date' }],
    });

    const akimat = await created({
      bin: bins.akimat,
      nameKk: 'Алматы облысының әкімдігі',
      nameRu: 'Акимат Алматинской области',
      kind: 'local-executive-body',
      level: 'oblast',
      roles: ['provider'],
      regionKato: '190000000',
    });
    const local = await designate(akimat, { roles: ['quality-authority'], act });
    expect(local.statusCode).toBe(422);
    expect(local.json()).toMatchObject({
      code: 'ORGANIZATION_AUTHORITY_NOT_CENTRAL',
      errors: [{ field: 'roles' }],
    });

    // Nothing was written by any refusal.
    expect(await rolesOf(id)).toEqual(['service-owner']);
    expect(await rolesOf(akimat)).toEqual(['provider']);
  });
});
