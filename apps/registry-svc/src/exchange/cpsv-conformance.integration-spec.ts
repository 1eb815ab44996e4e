import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { demoServices } from '../seed/demo-data';
import { startRegistryTestApp, type RegistryTestApp } from '../test/registry-test-app';

interface ShaclResult {
  focusNode: string | null;
  path: string | null;
  shape: string | null;
  component: string | null;
  message: string;
}

/**
 * The RDF/SHACL packages are ES modules only, which Jest's CommonJS runtime cannot load, so the official
 * shapes run in a child `node` (cpsv-ap/validate-shacl.mjs), offline, over the export on its stdin.
 */
function validateCpsvAp(jsonLd: string): Promise<{ conforms: boolean; results: ShaclResult[] }> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      process.execPath,
      [join(__dirname, 'cpsv-ap', 'validate-shacl.mjs')],
      { maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) =>
        error ? reject(new Error(stderr || error.message)) : resolve(JSON.parse(stdout)),
    );
    child.stdin?.end(jsonLd);
  });
}

/** "PublicServiceShape dct:description MinCount" → how many, so a failure says what is missing where. */
function tally(results: ShaclResult[]): Record<string, number> {
  const local = (iri: string | null) => (iri ?? '-').replace(/^.*[#/](?=[^#/]+$)/, '');
  const shapeOf = (iri: string | null) => (iri ?? '-').replace(/^.*#([A-Za-z]+Shape).*$/, '$1');
  const counts: Record<string, number> = {};
  for (const r of results) {
    const key = `${shapeOf(r.shape)} ${local(r.path)} ${local(r.component)}`;
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return counts;
}

describe('CPSV-AP export', () => {
  let t: RegistryTestApp;

  beforeAll(async () => {
    t = await startRegistryTestApp({ SEED_DEMO_DATA: 'true' });
  });

  afterAll(async () => {
    await t?.close();
  });

  it('conforms to the official SEMIC CPSV-AP 3.2.0 SHACL shapes over the whole demo registry', async () => {
    const response = await t.inject({ method: 'GET', url: '/api/v1/registry/exports/services.jsonld' });
    expect(response.statusCode).toBe(200);
    const graph = response.json<{ '@graph': unknown[] }>()['@graph'];
    expect(graph).toHaveLength(demoServices.length);

    const report = await validateCpsvAp(response.body);

    expect({ violations: report.results.length, byShapePathAndConstraint: tally(report.results) }).toEqual({
      violations: 0,
      byShapePathAndConstraint: {},
    });
    expect(report.conforms).toBe(true);
  });
});
