import { createFixture, birthRegistration, type Fixture } from '../test/registry-fixtures';
import { startRegistryTestApp, type RegistryTestApp } from '../test/registry-test-app';

describe('registry codes of new entries', () => {
  let t: RegistryTestApp;
  let f: Fixture;

  beforeAll(async () => {
    t = await startRegistryTestApp();
    f = await createFixture(t);
  });

  afterAll(async () => {
    await t?.close();
  });

  async function draftCode(overrides: Record<string, unknown> = {}): Promise<string> {
    const response = await t.inject({
      method: 'POST',
      url: '/api/v1/registry/services',
      headers: { authorization: `Bearer ${f.writer}` },
      payload: { ...birthRegistration(f), ...overrides },
    });
    expect(response.statusCode).toBe(201);
    return response.json<{ code: string }>().code;
  }

  /** A classifier group of the test's own, so each test counts from its own start. */
  async function group(code: string): Promise<string> {
    const response = await t.inject({
      method: 'POST',
      url: '/api/v1/registry/classifier',
      headers: { authorization: `Bearer ${f.writer}` },
      payload: { code, nameKk: `Топ ${code}`, nameRu: `Группа ${code}` },
    });
    expect(response.statusCode).toBe(201);
    return code;
  }

  it('numbers an entry within its classifier group in three digits, as the seed does (01.01-001)', async () => {
    const classifierCode = await group('03');
    expect(await draftCode({ classifierCode })).toBe('03-001');
    expect(await draftCode({ classifierCode })).toBe('03-002');
  });

  it('takes the next number after the highest in the group, a code given by hand included', async () => {
    const classifierCode = await group('04');
    expect(await draftCode({ classifierCode, code: '04-007' })).toBe('04-007');
    expect(await draftCode({ classifierCode })).toBe('04-008');
  });

  it('gives drafts created at the same moment in one group different numbers', async () => {
    const classifierCode = await group('05');
    const codes = await Promise.all(Array.from({ length: 5 }, () => draftCode({ classifierCode })));
    expect([...codes].sort()).toEqual(['05-001', '05-002', '05-003', '05-004', '05-005']);
  });
});
