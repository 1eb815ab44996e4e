import { DataSource } from 'typeorm';
import { createFixture, birthRegistration, type Fixture } from '../test/registry-fixtures';
import { startRegistryTestApp, type RegistryTestApp } from '../test/registry-test-app';

// D25: the migration that moved each akimat named as a standard's developer to the providers reported the
// entries it touched in `owner_correction`; the public-services authority reads that report to name the
// central state body by a new act (Art. 6.3, 7.1).

describe('the owner-correction report', () => {
  let t: RegistryTestApp;
  let f: Fixture;

  beforeAll(async () => {
    t = await startRegistryTestApp();
    f = await createFixture(t);
  });

  afterAll(async () => {
    await t?.close();
  });

  const read = (token: string | null, query = '') =>
    t.inject({
      method: 'GET',
      url: `/api/v1/registry/owner-corrections${query}`,
      headers: token ? { authorization: `Bearer ${token}` } : {},
    });

  it('Art. 6.3, 7.1: gives the public-services authority, and no one else, the entries left without a developer', async () => {
    const drafted = await t.inject({
      method: 'POST',
      url: '/api/v1/registry/services',
      headers: { authorization: `Bearer ${f.writer}` },
      payload: birthRegistration(f),
    });
    expect(drafted.statusCode).toBe(201);
    const entry = drafted.json<{ id: string; code: string }>();
    // The rows the migration writes: the entry as it stood, and a scheduled version of it.
    await t.app.get(DataSource).query(
      `INSERT INTO owner_correction (service_id, code, version, former_owner_id, added_to_providers, corrected_at)
       VALUES ($1, $2, NULL, $3, false, '2026-12-05T21:00:00Z'), ($1, $2, 3, $3, true, '2026-12-05T21:00:00Z')`,
      [entry.id, entry.code, f.akimatId],
    );

    const first = await read(f.writer, '?size=1');
    expect(first.statusCode).toBe(200);
    expect(first.json()).toEqual({
      items: [
        {
          serviceId: entry.id,
          code: entry.code,
          version: null,
          formerOwnerId: f.akimatId,
          formerOwnerName: expect.objectContaining({ kk: expect.any(String), ru: expect.any(String) }),
          addedToProviders: false,
          correctedAt: '2026-12-05T21:00:00.000Z',
        },
      ],
      total: 2,
      page: 1,
      size: 1,
    });
    const second = await read(f.writer, '?size=1&page=2');
    expect(second.json()).toMatchObject({ items: [{ version: 3, addedToProviders: true }], total: 2 });
    expect((await read(f.writer, '?page=3&size=1')).json()).toMatchObject({ items: [], total: 2 });
    expect((await read(f.writer, '?size=1000')).statusCode).toBe(400);

    expect((await read(null)).statusCode).toBe(401);
    for (const role of ['quality-authority', 'owner-officer', 'admin'] as const) {
      const refused = await read(await t.token([role]));
      expect(refused.statusCode).toBe(403);
      expect(refused.json()).toMatchObject({ code: 'ROLE_FORBIDDEN' });
    }
  });
});
