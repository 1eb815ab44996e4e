import { DataSource } from 'typeorm';
import { startRegistryTestApp, type RegistryTestApp } from '../test/registry-test-app';

interface Node {
  code: string;
  parentCode: string | null;
  nameKk: string;
  nameRu: string;
  position: number;
  level: number;
}

interface TreeNode extends Node {
  children: TreeNode[];
}

interface Problem {
  code: string;
  errors?: Array<{ field: string; message: string }>;
}

describe('classifier of public services', () => {
  let t: RegistryTestApp;
  let writer: string;

  const post = (payload: object, token: string | null = writer) =>
    t.inject({
      method: 'POST',
      url: '/api/v1/registry/classifier',
      payload,
      headers: token ? { authorization: `Bearer ${token}` } : {},
    });
  const get = (url: string) => t.inject({ method: 'GET', url: `/api/v1/registry/classifier${url}` });

  beforeAll(async () => {
    t = await startRegistryTestApp();
    writer = await t.token(['public-services-authority']);
    for (const node of [
      { code: '02', nameKk: 'Жер қатынастары', nameRu: 'Земельные отношения' },
      { code: '01', nameKk: 'Отбасы және балалар', nameRu: 'Семья и дети' },
      { code: '01.02', nameKk: 'Балалы отбасыларға жәрдемақылар', nameRu: 'Пособия семьям с детьми' },
      {
        code: '01.01',
        nameKk: 'Азаматтық хал актілерін тіркеу',
        nameRu: 'Регистрация актов гражданского состояния',
      },
    ]) {
      expect((await post(node)).statusCode).toBe(201);
    }
  });

  afterAll(async () => {
    await t?.close();
  });

  it('keeps spheres and sub-spheres with Kazakh and Russian names, at their level', async () => {
    const response = await get('/01.01');
    expect(response.statusCode).toBe(200);
    expect(response.json<Node>()).toEqual({
      code: '01.01',
      parentCode: '01',
      nameKk: 'Азаматтық хал актілерін тіркеу',
      nameRu: 'Регистрация актов гражданского состояния',
      position: 1,
      level: 2,
    });
    expect((await get('/01')).json<Node>()).toMatchObject({ parentCode: null, level: 1 });
    expect((await get('/09')).statusCode).toBe(404);
  });

  it('answers the whole classification as a tree, ordered by position', async () => {
    const tree = (await get('/tree')).json<TreeNode[]>();
    expect(tree.map((node) => [node.code, node.children.map((child) => child.code)])).toEqual([
      ['01', ['01.01', '01.02']],
      ['02', []],
    ]);
    expect(tree[0]?.children[1]).toMatchObject({ nameKk: 'Балалы отбасыларға жәрдемақылар' });
  });

  it('lists the spheres with ?parent=root and the sub-spheres of one with ?parent=01, paged', async () => {
    const spheres = (await get('?parent=root')).json<{ items: Node[]; total: number }>();
    expect(spheres.items.map((node) => node.code)).toEqual(['01', '02']);
    const children = (await get('?parent=01&size=1&page=2')).json<{
      items: Node[];
      total: number;
      page: number;
      size: number;
    }>();
    expect(children).toMatchObject({ total: 2, page: 2, size: 1 });
    expect(children.items.map((node) => node.code)).toEqual(['01.02']);
    expect((await get('?parent=first')).statusCode).toBe(400);
  });

  it('refuses a sub-sphere whose sphere does not exist', async () => {
    const response = await post({ code: '07.01', nameKk: 'Емханаға бекіту', nameRu: 'Прикрепление' });
    expect(response.statusCode).toBe(400);
    expect(response.json<Problem>().code).toBe('CLASSIFIER_PARENT_MISMATCH');
  });

  it('refuses a code that is already used with 409', async () => {
    const response = await post({ code: '01', nameKk: 'Басқа', nameRu: 'Другое' });
    expect(response.statusCode).toBe(409);
    expect(response.json<Problem>().code).toBe('CLASSIFIER_CODE_TAKEN');
  });

  it('renames a position and keeps its code, with an audit record', async () => {
    const response = await t.inject({
      method: 'PUT',
      url: '/api/v1/registry/classifier/02',
      headers: { authorization: `Bearer ${writer}` },
      payload: { nameKk: 'Жер қатынастары және құрылыс', nameRu: 'Земельные отношения и строительство' },
    });
    expect(response.statusCode).toBe(200);
    expect(response.json<Node>()).toMatchObject({
      code: '02',
      nameRu: 'Земельные отношения и строительство',
      position: 2,
    });
    const audit = await t.app
      .get(DataSource)
      .query<Array<{ action: string }>>(
        `SELECT action FROM audit_record WHERE resource_id = '02' ORDER BY occurred_at`,
      );
    expect(audit.map((row) => row.action)).toEqual(['classifier.created', 'classifier.updated']);
  });

  it('refuses a position beyond the range with 400 naming the field, not a 500', async () => {
    const response = await post({
      code: '03',
      nameKk: 'Білім',
      nameRu: 'Образование',
      position: 99_999_999_999,
    });
    expect(response.statusCode).toBe(400);
    expect(response.json<Problem>()).toMatchObject({
      code: 'VALIDATION_FAILED',
      errors: [expect.objectContaining({ field: 'position', constraint: 'max' })],
    });
    expect((await get('/03')).statusCode).toBe(404);
  });

  it('refuses a position given as true or as "2" instead of storing it as a number (issue 13)', async () => {
    for (const position of [true, '2']) {
      const response = await post({ code: '03', nameKk: 'Білім', nameRu: 'Образование', position });
      expect(response.statusCode).toBe(400);
      expect(response.json<Problem>()).toMatchObject({
        code: 'VALIDATION_FAILED',
        errors: expect.arrayContaining([expect.objectContaining({ field: 'position', constraint: 'isInt' })]),
      });
    }
    expect((await get('/03')).statusCode).toBe(404);
  });

  it('refuses a malformed code, naming the field', async () => {
    const response = await post({ code: '1.2', nameKk: 'Білім', nameRu: 'Образование' });
    expect(response.statusCode).toBe(400);
    expect(response.json<Problem>().errors).toEqual([expect.objectContaining({ field: 'code' })]);
  });

  it('refuses writes without a token (401) and without the authority role (403)', async () => {
    const node = { code: '04', nameKk: 'Әлеуметтік қорғау', nameRu: 'Социальная защита' };
    expect((await post(node, null)).statusCode).toBe(401);
    expect((await post(node, await t.token(['recipient'], 'citizen'))).statusCode).toBe(403);
    const rename = await t.inject({
      method: 'PUT',
      url: '/api/v1/registry/classifier/01',
      payload: { nameKk: 'Отбасы', nameRu: 'Семья' },
    });
    expect(rename.statusCode).toBe(401);
  });
});
