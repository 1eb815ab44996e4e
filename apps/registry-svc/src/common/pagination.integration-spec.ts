import { startRegistryTestApp, type RegistryTestApp } from '../test/registry-test-app';

interface Problem {
  status: number;
  code: string;
  errors?: Array<{ field: string; message: string }>;
}

const lists = [
  '/api/v1/registry/services',
  '/api/v1/registry/services/0b6a8f6e-3c1d-4f7a-9e2b-5d4c3b2a1f00/versions',
  '/api/v1/registry/organizations',
  '/api/v1/registry/classifier',
  '/api/v1/registry/calendar/amendments',
];

describe('pagination of every list', () => {
  let t: RegistryTestApp;

  beforeAll(async () => {
    t = await startRegistryTestApp();
  });

  afterAll(async () => {
    await t?.close();
  });

  describe.each(lists)('%s', (list) => {
    it.each([
      ['page=0x2', 'page'],
      ['page=1e1', 'page'],
      ['page=2.0', 'page'],
      ['page=%202', 'page'],
      ['page=0', 'page'],
      ['size=1e1', 'size'],
      ['size=0x14', 'size'],
      ['size=-5', 'size'],
      ['size=201', 'size'],
    ])('refuses %s as a 400 problem naming %s', async (query, field) => {
      const response = await t.inject({ method: 'GET', url: `${list}?${query}` });
      expect(response.statusCode).toBe(400);
      const problem = response.json<Problem>();
      expect(problem.code).toBe('VALIDATION_FAILED');
      expect(problem.errors?.map((error) => error.field)).toEqual(expect.arrayContaining([field]));
      expect(problem.errors?.every((error) => error.field === field)).toBe(true);
    });
  });

  it('reads plain decimal digits, leading zeros included', async () => {
    const response = await t.inject({
      method: 'GET',
      url: '/api/v1/registry/organizations?page=02&size=007',
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ page: 2, size: 7, items: [] });
  });
});
