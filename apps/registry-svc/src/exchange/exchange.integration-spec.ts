import { createHash, randomUUID } from 'node:crypto';
import { eventually } from '@kzps/testing';
import { DataSource } from 'typeorm';
import { DEMO_ORGANIZATIONS } from '@kzps/auth/testing';
import { demoServices } from '../seed/demo-data';
import { withCheckDigit } from '../test/registry-fixtures';
import { startRegistryTestApp, type RegistryTestApp } from '../test/registry-test-app';
import { parseCsv } from './csv';
import { ImportJobRunner } from './import-job.runner';
import { registryCsvColumns } from './registry-csv';

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

  interface Job {
    id: string;
    status: string;
    rows: number;
    done: number;
    report: {
      status: string;
      rows: number;
      imported: number;
      included: number;
      errors: Array<{ line: number; field?: string; code: string; message: string }>;
    } | null;
  }

  /** Queues the file (202 with the job's URL), runs the queued jobs and reads the job as it finished. */
  async function finished(csv: string): Promise<Job> {
    const queued = await importCsv(csv);
    expect(queued.statusCode).toBe(202);
    await t.app.get(ImportJobRunner).drain();
    const job = await t.inject({
      method: 'GET',
      url: String(queued.headers.location),
      headers: { authorization: `Bearer ${writer}` },
    });
    expect(job.statusCode).toBe(200);
    return job.json<Job>();
  }

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
    const graph = await t.inject({ method: 'GET', url: '/api/v1/registry/exports/services.jsonld' });
    expect(graph.json<{ '@graph': unknown[] }>()['@graph']).toHaveLength(demoServices.length);
  });

  describe('CPSV-AP 3 document of an entry', () => {
    type Node = Record<string, unknown>;
    let doc: Node;
    let context: Record<string, string | { '@id': string; '@type'?: string }>;

    beforeAll(async () => {
      const json = await t.inject({ method: 'GET', url: '/api/v1/registry/exports/services.json' });
      const birth = json.json<Array<{ id: string; code: string }>>().find((e) => e.code === '01.01-001');
      const cpsv = await t.inject({ method: 'GET', url: `/api/v1/registry/services/${birth?.id}/cpsv` });
      expect(cpsv.headers['content-type']).toContain('application/ld+json');
      doc = cpsv.json<Node>();
      context = doc['@context'] as typeof context;
    });

    /** The IRI a term of the document stands for, and whether its values are IRIs. */
    function expand(term: string): { iri: string; iriValued: boolean } {
      const definition = context[term];
      const compact = typeof definition === 'string' ? definition : (definition?.['@id'] ?? term);
      const [prefix = '', local = ''] = compact.split(':');
      const namespace = context[prefix];
      return {
        iri: typeof namespace === 'string' ? `${namespace}${local}` : compact,
        iriValued: typeof definition === 'object' && definition['@type'] === '@id',
      };
    }

    const cv = 'http://data.europa.eu/m8g/';
    const dct = 'http://purl.org/dc/terms/';
    const node = (value: unknown): Node => value as Node;
    const nodes = (value: unknown): Node[] => value as Node[];

    it('uses the terms of the SEMIC CPSV-AP 3.2 context', () => {
      expect(
        Object.fromEntries(
          [
            'hasValue',
            'currency',
            'audience',
            'type',
            'role',
            'status',
            'name',
            'spatial',
            'ownedBy',
            'hasCompetentAuthority',
          ].map((term) => [term, expand(term)]),
        ),
      ).toEqual({
        hasValue: { iri: `${cv}hasValue`, iriValued: false },
        currency: { iri: `${cv}currency`, iriValued: true },
        audience: { iri: `${dct}audience`, iriValued: true },
        type: { iri: `${dct}type`, iriValued: true },
        role: { iri: `${cv}role`, iriValued: true },
        status: { iri: 'http://www.w3.org/ns/adms#status', iriValued: true },
        name: { iri: `${dct}title`, iriValued: false },
        spatial: { iri: `${dct}spatial`, iriValued: true },
        ownedBy: { iri: `${cv}ownedBy`, iriValued: true },
        hasCompetentAuthority: { iri: `${cv}hasCompetentAuthority`, iriValued: true },
      });
      expect(JSON.stringify(doc)).not.toMatch(/cv:value|hasRequirement|cv:Requirement|processingTime/);
    });

    it('describes the service, its status as an ADMS concept and its recipients as its audience', () => {
      expect(doc).toMatchObject({
        '@type': 'cpsv:PublicService',
        identifier: '01.01-001',
        status: {
          '@id': 'http://purl.org/adms/status/Completed',
          '@type': 'skos:Concept',
          inScheme: 'http://purl.org/adms/status/1.0',
        },
      });
      expect(nodes(doc.audience).map((concept) => concept['@id'])).toEqual([
        'urn:kzps:concept:recipient-type:individual',
        'urn:kzps:concept:recipient-type:foreign-individual',
        'urn:kzps:concept:recipient-type:stateless-person',
      ]);
      expect(nodes(doc.audience)[0]).toMatchObject({
        '@type': 'skos:Concept',
        prefLabel: [
          { '@language': 'kk', '@value': 'Жеке тұлға' },
          { '@language': 'ru', '@value': 'Физическое лицо' },
        ],
      });
    });

    it('gives the competent authority its territory from the KATO code', () => {
      expect(doc.hasCompetentAuthority).toMatchObject({
        '@type': ['cv:PublicOrganisation', 'org:Organization', 'foaf:Agent'],
        prefLabel: expect.arrayContaining([
          { '@language': 'ru', '@value': 'Министерство юстиции Республики Казахстан' },
        ]),
        spatial: { '@id': 'urn:kzps:kato:710000000', '@type': 'dct:Location', identifier: '710000000' },
      });
    });

    it('prices a free service at 0 tenge, the currency as the EU authority table IRI', () => {
      expect(doc.hasCost).toEqual([
        expect.objectContaining({
          '@type': 'cv:Cost',
          hasValue: 0,
          currency: expect.objectContaining({
            '@id': 'http://publications.europa.eu/resource/authority/currency/KZT',
            '@type': 'skos:Concept',
          }),
        }),
      ]);
    });

    it('types channels by concept and has the provider channel owned by the providers, the PSC by the State Corporation', () => {
      const channels = nodes(doc.hasChannel);
      const channel = (code: string) =>
        channels.find((c) => node(c.type)['@id'] === `urn:kzps:concept:channel-type:${code}`);
      const owners = (code: string) => nodes(channel(code)?.ownedBy).map((o) => node(o.prefLabel)[1]);
      expect(channels.map((c) => node(c.type)['@id'])).toEqual([
        'urn:kzps:concept:channel-type:provider',
        'urn:kzps:concept:channel-type:psc',
        'urn:kzps:concept:channel-type:e-government-portal',
      ]);
      expect(owners('provider')).toEqual(
        expect.arrayContaining([
          { '@language': 'ru', '@value': 'Акимат города Алматы' },
          { '@language': 'ru', '@value': 'Посольство Республики Казахстан в Российской Федерации' },
        ]),
      );
      expect(owners('psc')).toEqual([
        {
          '@language': 'ru',
          '@value':
            'Некоммерческое акционерное общество «Государственная корпорация «Правительство для граждан»',
        },
      ]);
      expect(channel('e-government-portal')).not.toHaveProperty('ownedBy');
    });

    it('names the providers by a participation role concept', () => {
      const participations = nodes(doc.hasParticipation);
      expect(participations[0]).toMatchObject({
        '@type': 'cv:Participation',
        role: { '@id': 'urn:kzps:concept:participation-role:provider' },
      });
      expect(participations.map((p) => node(p.role)['@id'])).toContain(
        'urn:kzps:concept:participation-role:intake',
      );
    });

    it('gives the output a title, and keeps the term in working days out of the calendar-day duration', () => {
      expect(nodes(doc.produces)[0]).toMatchObject({
        '@type': 'cv:Output',
        name: [
          { '@language': 'kk', '@value': expect.stringContaining('нәтижесі') },
          {
            '@language': 'ru',
            '@value': expect.stringMatching(/^Результат государственной услуги «Регистрация рождения/),
          },
        ],
        type: { '@id': 'urn:kzps:concept:delivery-form:paper-and-electronic' },
      });
      expect(doc.termWorkingDays).toBe(1);
      expect(expand('termWorkingDays').iri).toBe('urn:kzps:vocab:termWorkingDays');
    });
  });

  it('rejects a file with one bad row and writes nothing', async () => {
    const rows = await exportedWithNewCodes('BAD');
    const header = rows[0] ?? [];
    const bad = rows[3] ?? [];
    bad[header.indexOf('deliveryForm')] = 'fax';
    const before = await count();
    const job = await finished(toText(rows.slice(0, 8)));
    expect(job.status).toBe('rejected');
    expect(job.report).toMatchObject({ status: 'rejected', rows: 7, imported: 0 });
    expect(job.report?.errors).toEqual([expect.objectContaining({ line: 4, field: 'deliveryForm' })]);
    expect(await count()).toBe(before);
  });

  it('imports a good file in one go and reports it', async () => {
    const rows = await exportedWithNewCodes('IMP');
    const before = await count();
    const job = await finished(toText(rows.slice(0, 6)));
    expect(job).toMatchObject({ status: 'imported', rows: 5, done: 5 });
    expect(job.report).toMatchObject({
      status: 'imported',
      rows: 5,
      imported: 5,
      included: 5,
      errors: [],
    });
    expect(await count()).toBe(before + 5);
  });

  const column = (header: string[], name: string) => header.indexOf(name);

  it('neutralises cells a spreadsheet would run as formulas, and imports its own export back', async () => {
    const rows = await exportedWithNewCodes('FORMULA');
    const header = rows[0] ?? [];
    const row = [...(rows[1] ?? [])];
    const formulas: Record<string, string> = {
      nameRu: '=HYPERLINK("http://example.org","Регистрация")',
      nameKk: '+77011234567',
      descriptionRu: '-2+3',
      descriptionKk: '@SUM(A1:A2)',
    };
    for (const [name, value] of Object.entries(formulas)) row[column(header, name)] = value;
    expect((await finished(toText([header, row]))).status).toBe('imported');

    const exported = await t.inject({ method: 'GET', url: '/api/v1/registry/exports/services.csv' });
    const [exportHeader, ...exportRows] = parseCsv(exported.body);
    const code = row[column(header, 'code')];
    const written = exportRows.find((cells) => cells[column(exportHeader ?? [], 'code')] === code) ?? [];
    for (const [name, value] of Object.entries(formulas)) {
      expect(written[column(exportHeader ?? [], name)]).toBe(`'${value}`);
    }

    const again = [...written];
    again[column(exportHeader ?? [], 'code')] = 'FORMULA-AGAIN';
    expect((await finished(toText([exportHeader ?? [], again]))).status).toBe('imported');
    const entries = (await t.inject({ method: 'GET', url: '/api/v1/registry/exports/services.json' })).json<
      Array<{ code: string; name: { kk: string; ru: string }; description: { kk: string; ru: string } }>
    >();
    const reimported = entries.find((e) => e.code === 'FORMULA-AGAIN');
    expect(reimported).toMatchObject({
      name: { kk: formulas.nameKk, ru: formulas.nameRu },
      description: { kk: formulas.descriptionKk, ru: formulas.descriptionRu },
    });
  });

  type Rejection = { report: { errors: Array<{ line: number; field?: string; code: string }> } };

  it('reports the line of the file, counting the lines of a quoted multi-line field', async () => {
    const rows = await exportedWithNewCodes('LINES');
    const header = rows[0] ?? [];
    const multiLine = [...(rows[1] ?? [])];
    multiLine[column(header, 'descriptionRu')] = 'Первая строка\nвторая строка\nтретья строка';
    const bad = [...(rows[2] ?? [])];
    bad[column(header, 'deliveryForm')] = 'fax';
    // Line 1 the header, lines 2-4 the first record, line 5 the bad one.
    const job = await finished(toText([header, multiLine, bad]));
    expect(job.status).toBe('rejected');
    expect(job.report?.errors).toEqual([expect.objectContaining({ line: 5, field: 'deliveryForm' })]);
  });

  describe('a file that is not well-formed CSV is refused whole, naming the line', () => {
    async function refusedWith(csv: string) {
      const before = await count();
      const response = await importCsv(csv);
      expect(response.statusCode).toBe(422);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(await count()).toBe(before);
      const { code, report } = response.json<Rejection & { code: string }>();
      expect(code).toBe('REGISTRY_IMPORT_REJECTED');
      return report.errors.map(({ line, code: problem }) => [line, problem]);
    }

    // The file's syntax is checked before any row's content, so plain cells under the registry's header do.
    const header = registryCsvColumns.join(',');
    const row = registryCsvColumns.map(() => 'x');

    it('refuses a file that ends inside a quote, at the line the quote opens', async () => {
      // Read leniently, the quote opened on line 3 would swallow lines 4 and 5 into one cell.
      const text = [header, row, ['"x', ...row.slice(1)], row, row].map(String).join('\n');
      expect(await refusedWith(`${text}\n`)).toEqual([[3, 'CSV_QUOTE_NOT_CLOSED']]);
    });

    it('refuses rows with more or fewer cells than the header, each by its line', async () => {
      const text = [header, [...row, 'extra'], row, row.slice(1)].map(String).join('\n');
      expect(await refusedWith(text)).toEqual([
        [2, 'CSV_CELL_COUNT_MISMATCH'],
        [4, 'CSV_CELL_COUNT_MISMATCH'],
      ]);
    });
  });

  it('reports every problem of a row whose BIN is unknown, not only the BIN', async () => {
    const rows = await exportedWithNewCodes('BINS');
    const header = rows[0] ?? [];
    const bad = [...(rows[1] ?? [])];
    bad[column(header, 'ownerBin')] = '010240000048';
    bad[column(header, 'deliveryForm')] = 'fax';
    bad[column(header, 'paid')] = 'maybe';
    bad[column(header, 'nameRu')] = '';
    const before = await count();
    const job = await finished(toText([header, bad]));
    expect(job.status).toBe('rejected');
    const errors = job.report?.errors ?? [];
    expect(errors.every((e) => e.line === 2)).toBe(true);
    expect(errors.map((e) => [e.field, e.code])).toEqual(
      expect.arrayContaining([
        ['ownerBin', 'SERVICE_UNKNOWN_ORGANIZATION'],
        ['deliveryForm', 'VALIDATION_FAILED'],
        ['paid', 'VALIDATION_FAILED'],
        ['nameRu', 'VALIDATION_FAILED'],
      ]),
    );
    // The unknown BIN is reported once, not again as a malformed owner id.
    expect(errors.filter((e) => e.field === 'ownerBin')).toHaveLength(1);
    expect(await count()).toBe(before);
  });

  describe('an individual provider (Art. 5.2.2), who has an IIN and no BIN', () => {
    const iin = withCheckDigit('55031520056');
    let providerId: string;
    let exported: { header: string[]; row: string[] };

    const entryByCode = async (code: string) =>
      (await t.inject({ method: 'GET', url: '/api/v1/registry/exports/services.json' }))
        .json<
          Array<{
            code: string;
            providers: Array<{ id: string }>;
            inclusion: { kind: string; decreeNumber: string } | null;
          }>
        >()
        .find((entry) => entry.code === code);

    beforeAll(async () => {
      const auth = { authorization: `Bearer ${writer}` };
      const notary = await t.inject({
        method: 'POST',
        url: '/api/v1/registry/organizations',
        headers: auth,
        payload: {
          iin,
          nameKk: 'Жеке нотариус Сейітова Г.',
          nameRu: 'Частный нотариус Сейитова Г.',
          kind: 'individual-provider',
          roles: ['provider'],
          regionKato: '750000000',
        },
      });
      expect(notary.statusCode).toBe(201);
      providerId = notary.json<{ id: string }>().id;
      const draft = await t.inject({
        method: 'POST',
        url: '/api/v1/registry/services',
        headers: auth,
        payload: {
          code: '10-NOTARY',
          name: { kk: 'Мұраға құқық туралы куәлік беру', ru: 'Выдача свидетельства о праве на наследство' },
          classifierCode: '10',
          recipientTypes: ['individual'],
          ownerId: DEMO_ORGANIZATIONS.ministryOfJustice,
          providerIds: [DEMO_ORGANIZATIONS.ministryOfJustice, providerId],
          intakeOrganizationIds: [providerId],
          intakeViaPortal: false,
          deliveryForm: 'paper',
          channels: ['provider'],
          paid: false,
          legalBasis: { kk: '«Нотариат туралы» ҚР Заңы', ru: 'Закон РК «О нотариате»' },
        },
      });
      expect(draft.statusCode).toBe(201);
      const included = await t.inject({
        method: 'POST',
        url: `/api/v1/registry/services/${draft.json<{ id: string }>().id}/inclusion`,
        headers: auth,
        payload: { decreeKind: 'authorised-body-order', decreeNumber: '112/НҚ', decreeDate: '2025-04-02' },
      });
      expect(included.statusCode).toBe(200);

      const csv = await t.inject({ method: 'GET', url: '/api/v1/registry/exports/services.csv' });
      expect(csv.body).not.toContain(iin);
      const [header = [], ...rows] = parseCsv(csv.body);
      exported = { header, row: rows.find((cells) => cells[column(header, 'code')] === '10-NOTARY') ?? [] };
    });

    it('exports the provider by its id in the directory, never by the IIN', () => {
      const { header, row } = exported;
      expect(row[column(header, 'providerBins')]?.split(';')).toEqual(['990240000010', providerId]);
      expect(row[column(header, 'intakeBins')]).toBe(providerId);
      expect(row[column(header, 'decreeKind')]).toBe('authorised-body-order');
    });

    it('imports the exported row back with the same provider and the same kind of act', async () => {
      const { header, row } = exported;
      const again = [...row];
      again[column(header, 'code')] = '10-NOTARY-2';
      expect((await finished(toText([header, again]))).status).toBe('imported');
      expect(await entryByCode('10-NOTARY-2')).toMatchObject({
        providers: [{ id: DEMO_ORGANIZATIONS.ministryOfJustice }, { id: providerId }],
        inclusion: { kind: 'authorised-body-order', decreeNumber: '112/НҚ' },
      });
    });

    it('names an organisation id that is not in the directory in the report', async () => {
      const { header, row } = exported;
      const bad = [...row];
      bad[column(header, 'code')] = '10-NOTARY-3';
      bad[column(header, 'intakeBins')] = '3f0c2a8e-0000-4000-8000-000000000000';
      const job = await finished(toText([header, bad]));
      expect(job.status).toBe('rejected');
      expect(job.report?.errors).toEqual([
        expect.objectContaining({
          line: 2,
          field: 'intakeBins',
          code: 'SERVICE_UNKNOWN_ORGANIZATION',
          message: 'No organisation with id 3f0c2a8e-0000-4000-8000-000000000000',
        }),
      ]);
    });
  });

  it('imports a file written before the decreeKind column, its decrees as Government resolutions', async () => {
    const rows = await exportedWithNewCodes('OLD');
    const kind = column(rows[0] ?? [], 'decreeKind');
    const old = rows.slice(0, 2).map((row) => row.filter((_cell, i) => i !== kind));
    expect(old[0]).not.toContain('decreeKind');
    expect((await finished(toText(old))).status).toBe('imported');
    const entries = (await t.inject({ method: 'GET', url: '/api/v1/registry/exports/services.json' })).json<
      Array<{ code: string; inclusion: { kind: string } | null }>
    >();
    expect(entries.find((entry) => entry.code === 'OLD-0')?.inclusion?.kind).toBe('government-resolution');
  });

  it('refuses a kind of act it does not know, naming the decreeKind column', async () => {
    const rows = await exportedWithNewCodes('KIND');
    const header = rows[0] ?? [];
    const row = [...(rows[1] ?? [])];
    row[column(header, 'decreeKind')] = 'presidential-decree';
    const job = await finished(toText([header, row]));
    expect(job.status).toBe('rejected');
    expect(job.report?.errors).toEqual([
      expect.objectContaining({ line: 2, field: 'decreeKind', code: 'VALIDATION_FAILED' }),
    ]);
  });

  it.each(['9999-12-31', '2004-12-31'])(
    'refuses a decree dated %s, outside the calendar’s 2005-2099, by its line, and imports nothing (issue 13)',
    async (date) => {
      const [header = [], ...rows] = await exportedWithNewCodes(`DATE${date.slice(0, 4)}`);
      const [good = [], other = []] = rows.filter((row) => row[column(header, 'status')] === 'included');
      const outside = [...other];
      outside[column(header, 'decreeDate')] = date;
      const before = await t.inject({ method: 'GET', url: '/api/v1/registry/exports/services.json' });
      const job = await finished(toText([header, good, outside]));
      expect(job.status).toBe('rejected');
      expect(job.report).toMatchObject({ imported: 0 });
      expect(job.report?.errors).toEqual([
        {
          line: 3,
          field: 'decreeDate',
          code: 'VALIDATION_FAILED',
          message:
            'decreeDate must be a date YYYY-MM-DD from 2005-01-01 to 2099-12-31, the years the calendar covers',
        },
      ]);
      const after = await t.inject({ method: 'GET', url: '/api/v1/registry/exports/services.json' });
      expect(after.json<unknown[]>().length).toBe(before.json<unknown[]>().length);
    },
  );

  describe('imports run as jobs', () => {
    const jobRow = async (id: string) => {
      const [row] = await t.app
        .get(DataSource)
        .query<Array<{ status: string; attempts: number }>>(
          `SELECT status, attempts FROM import_job WHERE id = $1`,
          [id],
        );
      return row;
    };

    /** A job as a replica that died mid-run leaves it: running, its heartbeat long silent. */
    async function abandonedJob(csv: string, attempts: number): Promise<string> {
      const id = randomUUID();
      await t.app.get(DataSource).query(
        `INSERT INTO import_job (id, status, file_hash, file, actor, rows, attempts, runner, heartbeat_at, started_at)
         VALUES ($1, 'running', $2, $3, $4, $5, $6, $7, now() - interval '5 minutes', now() - interval '5 minutes')`,
        [
          id,
          createHash('sha256').update(csv).digest('hex'),
          csv,
          JSON.stringify({ subject: 'officer-1', roles: ['public-services-authority'] }),
          csv.trim().split('\n').length - 1,
          attempts,
          randomUUID(),
        ],
      );
      return id;
    }

    it('answers 202 with the job and its URL in Location, where progress and the report are read', async () => {
      const rows = await exportedWithNewCodes('JOB');
      const queued = await importCsv(toText(rows.slice(0, 3)));
      expect(queued.statusCode).toBe(202);
      const job = queued.json<Job>();
      expect(job).toMatchObject({ rows: 2, report: null });
      expect(queued.headers.location).toBe(`/api/v1/registry/imports/${job.id}`);
      await t.app.get(ImportJobRunner).drain();
      const read = await t.inject({
        method: 'GET',
        url: `/api/v1/registry/imports/${job.id}`,
        headers: { authorization: `Bearer ${writer}` },
      });
      expect(read.json()).toMatchObject({ status: 'imported', done: 2, report: { imported: 2 } });
    });

    it('answers the same job for the same file sent again, and imports it once', async () => {
      const rows = await exportedWithNewCodes('TWICE');
      const file = toText(rows.slice(0, 3));
      const before = await count();
      const first = await importCsv(file);
      await t.app.get(ImportJobRunner).drain();
      const again = await importCsv(file);
      expect(again.statusCode).toBe(202);
      expect(again.json<Job>().id).toBe(first.json<Job>().id);
      expect(again.json<Job>().status).toBe('imported');
      expect(await count()).toBe(before + 2);
    });

    it('gives a file its own job when the job standing for it ends between the insert that met it and the read', async () => {
      // The interleaving the generated input once hit by chance (a 500), made certain: another replica runs the
      // file's job; the request's insert meets it and does nothing, then an AFTER INSERT statement trigger holds
      // the request on an advisory lock the test owns. The test sees it wait, rejects the job and commits, which
      // lets the request read on: the job it met no longer stands for the file.
      const dataSource = t.app.get(DataSource);
      const rows = await exportedWithNewCodes('ENDED');
      const file = toText(rows.slice(0, 3));
      const standing = randomUUID();
      await dataSource.query(
        `INSERT INTO import_job (id, status, file_hash, file, actor, rows, attempts, runner, heartbeat_at, started_at)
         VALUES ($1, 'running', $2, $3, $4, 2, 1, $5, now(), now())`,
        [
          standing,
          createHash('sha256').update(file).digest('hex'),
          file,
          JSON.stringify({ subject: 'officer-1', roles: ['public-services-authority'] }),
          randomUUID(),
        ],
      );
      const lockKey = 87_087;
      await dataSource.query(
        `CREATE FUNCTION test_hold_import_insert() RETURNS trigger LANGUAGE plpgsql AS $$
         BEGIN PERFORM pg_advisory_xact_lock_shared(${lockKey}); RETURN NULL; END $$`,
      );
      await dataSource.query(
        `CREATE TRIGGER test_hold_import_insert AFTER INSERT ON import_job
         FOR EACH STATEMENT EXECUTE FUNCTION test_hold_import_insert()`,
      );
      const rejecter = dataSource.createQueryRunner();
      try {
        await rejecter.startTransaction();
        await rejecter.query('SELECT pg_advisory_xact_lock($1)', [lockKey]);
        const answer = importCsv(file);
        await eventually(async () => {
          // Polled outside the rejecter's transaction, which sees pg_stat_activity as of its first read.
          const [waiting] = await dataSource.query<Array<{ n: number }>>(
            `SELECT count(*)::int AS n FROM pg_stat_activity
             WHERE datname = current_database() AND wait_event_type = 'Lock' AND wait_event = 'advisory'
               AND position('INSERT INTO import_job' in query) > 0`,
          );
          return (waiting?.n ?? 0) > 0;
        }, 'the request to wait after the insert that met the standing job');
        await rejecter.query(
          `UPDATE import_job SET status = 'rejected', runner = NULL, finished_at = now() WHERE id = $1`,
          [standing],
        );
        await rejecter.commitTransaction();
        const response = await answer;
        expect(response.statusCode).toBe(202);
        const job = response.json<Job>();
        expect(job.id).not.toBe(standing);
        expect(await jobRow(standing)).toEqual({ status: 'rejected', attempts: 1 });
        await t.app.get(ImportJobRunner).drain();
        expect(await jobRow(job.id)).toEqual({ status: 'imported', attempts: 1 });
      } finally {
        if (rejecter.isTransactionActive) await rejecter.rollbackTransaction();
        await rejecter.release();
        await dataSource.query('DROP TRIGGER IF EXISTS test_hold_import_insert ON import_job');
        await dataSource.query('DROP FUNCTION IF EXISTS test_hold_import_insert()');
      }
    });

    it('answers the same job for a retry with the same Idempotency-Key', async () => {
      const rows = await exportedWithNewCodes('KEYED');
      const send = () =>
        t.inject({
          method: 'POST',
          url: '/api/v1/registry/imports',
          headers: {
            authorization: `Bearer ${writer}`,
            'content-type': 'text/csv',
            'idempotency-key': 'import-keyed',
          },
          payload: toText(rows.slice(0, 2)),
        });
      const first = await send();
      const retry = await send();
      expect(retry.statusCode).toBe(202);
      expect(retry.headers['idempotent-replayed']).toBe('true');
      expect(retry.headers.location).toBe(first.headers.location);
      await t.app.get(ImportJobRunner).drain();
    });

    it('runs again a job whose replica died mid-run (nothing of it had committed)', async () => {
      const rows = await exportedWithNewCodes('ORPHAN');
      const before = await count();
      const id = await abandonedJob(toText(rows.slice(0, 3)), 1);
      await t.app.get(ImportJobRunner).drain();
      expect(await jobRow(id)).toEqual({ status: 'imported', attempts: 2 });
      expect(await count()).toBe(before + 2);
    });

    it('gives a job up as failed once its runs broke off three times, writing nothing', async () => {
      const rows = await exportedWithNewCodes('POISON');
      const before = await count();
      const id = await abandonedJob(toText(rows.slice(0, 3)), 3);
      await t.app.get(ImportJobRunner).drain();
      expect(await jobRow(id)).toEqual({ status: 'failed', attempts: 3 });
      expect(await count()).toBe(before);
    });

    it('answers 404 REGISTRY_IMPORT_NOT_FOUND for a job that does not exist', async () => {
      const response = await t.inject({
        method: 'GET',
        url: `/api/v1/registry/imports/${randomUUID()}`,
        headers: { authorization: `Bearer ${writer}` },
      });
      expect(response.statusCode).toBe(404);
      expect(response.json()).toMatchObject({ code: 'REGISTRY_IMPORT_NOT_FOUND' });
    });
  });

  it('refuses an import without the authority role', async () => {
    const response = await importCsv('code\n', await t.token(['recipient'], 'citizen'));
    expect(response.statusCode).toBe(403);
  });
});
