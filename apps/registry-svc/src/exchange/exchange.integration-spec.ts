import { DataSource } from 'typeorm';
import { demoServices } from '../seed/demo-data';
import { startRegistryTestApp, type RegistryTestApp } from '../test/registry-test-app';
import { parseCsv } from './csv';

describe('registry exports and CSV import', () => {
  let t: RegistryTestApp;
  let writer: string;

  beforeAll(async () => {
    t = await startRegistryTestApp({ SEED_DEMO_DATA: 'true' });
    writer = await t.token(['public-services-authority']);
  });

  afterAll(async () => {
    await t?.close();
  });

  const count = async (): Promise<number> => {
    const [row] = await t.app
      .get(DataSource)
      .query<Array<{ n: string }>>('SELECT count(*) AS n FROM service_entry');
    return Number(row?.n);
  };

  const importCsv = (csv: string, token = writer) =>
    t.inject({
      method: 'POST',
      url: '/api/v1/registry/imports',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'text/csv' },
      payload: csv,
    });

  /** The exported rows with fresh codes, so they import as new entries. */
  async function exportedWithNewCodes(prefix: string): Promise<string[][]> {
    const response = await t.inject({ method: 'GET', url: '/api/v1/registry/exports/services.csv' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/csv');
    const [header, ...rows] = parseCsv(response.body);
    const code = (header ?? []).indexOf('code');
    return [
      header ?? [],
      ...rows.map((row, i) => row.map((value, j) => (j === code ? `${prefix}-${i}` : value))),
    ];
  }

  const toText = (rows: string[][]) =>
    rows
      .map((row) => row.map((v) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v)).join(','))
      .join('\n');

  it('exports JSON and a CPSV-AP JSON-LD document per entry', async () => {
    const json = await t.inject({ method: 'GET', url: '/api/v1/registry/exports/services.json' });
    const entries = json.json<Array<{ id: string; code: string }>>();
    expect(entries).toHaveLength(demoServices.length);
    const birth = entries.find((e) => e.code === '01.01-001');
    const cpsv = await t.inject({ method: 'GET', url: `/api/v1/registry/services/${birth?.id}/cpsv` });
    expect(cpsv.headers['content-type']).toContain('application/ld+json');
    const doc = cpsv.json<Record<string, unknown>>();
    expect(doc['@context']).toMatchObject({
      cpsv: 'http://purl.org/vocab/cpsv#',
      cv: 'http://data.europa.eu/m8g/',
    });
    expect(doc).toMatchObject({
      '@type': 'cpsv:PublicService',
      identifier: '01.01-001',
      hasCompetentAuthority: {
        '@type': 'cv:PublicOrganisation',
        prefLabel: expect.arrayContaining([
          { '@language': 'ru', '@value': 'Министерство юстиции Республики Казахстан' },
        ]),
      },
      hasChannel: expect.arrayContaining([
        expect.objectContaining({ '@type': 'cv:Channel', channelType: 'website' }),
      ]),
      hasCost: [expect.objectContaining({ '@type': 'cv:Cost', value: 0, currency: 'KZT' })],
      produces: [expect.objectContaining({ '@type': 'cv:Output' })],
    });
    const graph = await t.inject({ method: 'GET', url: '/api/v1/registry/exports/services.jsonld' });
    expect(graph.json<{ '@graph': unknown[] }>()['@graph']).toHaveLength(demoServices.length);
  });

  it('rejects a file with one bad row and writes nothing', async () => {
    const rows = await exportedWithNewCodes('BAD');
    const header = rows[0] ?? [];
    const bad = rows[3] ?? [];
    bad[header.indexOf('deliveryForm')] = 'fax';
    const before = await count();
    const response = await importCsv(toText(rows.slice(0, 8)));
    expect(response.statusCode).toBe(422);
    expect(response.headers['content-type']).toContain('application/problem+json');
    const problem = response.json<{
      code: string;
      report: {
        status: string;
        rows: number;
        imported: number;
        errors: Array<{ line: number; field: string }>;
      };
    }>();
    expect(problem.code).toBe('REGISTRY_IMPORT_REJECTED');
    expect(problem.report).toMatchObject({ status: 'rejected', rows: 7, imported: 0 });
    expect(problem.report.errors).toEqual([expect.objectContaining({ line: 4, field: 'deliveryForm' })]);
    expect(await count()).toBe(before);
  });

  it('imports a good file in one go and reports it', async () => {
    const rows = await exportedWithNewCodes('IMP');
    const before = await count();
    const response = await importCsv(toText(rows.slice(0, 6)));
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      status: 'imported',
      rows: 5,
      imported: 5,
      included: 5,
      errors: [],
    });
    expect(await count()).toBe(before + 5);
  });

  it('refuses an import without the authority role', async () => {
    const response = await importCsv('code\n', await t.token(['recipient'], 'citizen'));
    expect(response.statusCode).toBe(403);
  });
});
