import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { Client } from 'pg';
import { exampleRequests } from './example-requests';
import { operationsOf, type DocumentedOperation, type OpenApiDocument } from './openapi-document';

/** One hostile request: what it tries, and the request itself. */
export interface HostileRequest {
  name: string;
  method: string;
  url: string;
  contentType?: string;
  payload?: string;
}

const WRITE_METHODS = new Set(['post', 'put', 'patch', 'delete']);
const TWO_MEGABYTES = 'x'.repeat(2 * 1024 * 1024);
const SQL = "x' OR '1'='1'; DROP TABLE schema_migrations; --";
const SCRIPT = '<script>alert(document.cookie)</script>';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DATE = /^\d{4}-\d{2}-\d{2}/;

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/** The body with every string in it replaced (at any depth). */
function mapStrings(value: Json, replace: (text: string) => Json): Json {
  if (typeof value === 'string') return replace(value);
  if (Array.isArray(value)) return value.map((item) => mapStrings(item, replace));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, mapStrings(item, replace)]));
  }
  return value;
}

/** A value of another JSON type than the one given. */
function wrongTypeOf(value: Json): Json {
  if (typeof value === 'string') return 12345;
  if (typeof value === 'number') return 'not a number';
  if (typeof value === 'boolean') return 'yes';
  if (Array.isArray(value)) return 'not a list';
  return value === null ? { unexpected: true } : 'not an object';
}

/** A wrong type a lax conversion would take: `true` for a number (stored as 1), 1 for a flag. */
function convertibleTypeOf(value: number | boolean): Json {
  return typeof value === 'number' ? true : 1;
}

function hasString(value: Json, test: (text: string) => boolean): boolean {
  let found = false;
  mapStrings(value, (text) => {
    found ||= test(text);
    return text;
  });
  return found;
}

/** Bodies that no JSON write endpoint may take: each differs from the example in a way validation refuses. */
function jsonBodies(body: Json): Array<[string, string]> {
  const object = body && typeof body === 'object' && !Array.isArray(body) ? body : undefined;
  const bodies: Array<[string, Json | string]> = [
    ['deep JSON', `${'['.repeat(10_000)}${']'.repeat(10_000)}`],
    ['broken JSON', JSON.stringify(body).slice(0, -1)],
    ['a bare string', JSON.stringify(SQL)],
    ['an array for the body', [body]],
    ['NUL in every text', mapStrings(body, (text) => `${text}\u0000`)],
    ['a lone surrogate in every text', mapStrings(body, (text) => `${text}\ud800`)],
    ['an array where text is expected', mapStrings(body, () => [])],
    ['an object where text is expected', mapStrings(body, () => ({ kk: 'a', ru: 'b' }))],
    ['SQL in every text', mapStrings(body, () => SQL)],
    ['a script in every text', mapStrings(body, () => SCRIPT)],
  ];
  if (object) {
    bodies.push(
      ['an unknown field', { ...object, unexpectedField: SCRIPT }],
      ['a prototype key', `{"__proto__":{"admin":true},${JSON.stringify(object).slice(1)}`],
      [
        'wrong types',
        Object.fromEntries(Object.entries(object).map(([key, item]) => [key, wrongTypeOf(item)])),
      ],
      // One number or flag at a time: a body with every field wrong is refused by the first, hiding a lax one.
      ...Object.entries(object).flatMap(([key, item]): Array<[string, Json]> =>
        typeof item === 'number' || typeof item === 'boolean'
          ? [[`${key} of a convertible wrong type`, { ...object, [key]: convertibleTypeOf(item) }]]
          : [],
      ),
      ['a 2 MB string', { ...object, unexpectedField: TWO_MEGABYTES }],
      ['no fields at all', {}],
    );
  }
  if (hasString(body, (text) => UUID.test(text))) {
    bodies.push([
      'bad UUIDs',
      mapStrings(body, (text) => (UUID.test(text) ? `${text.slice(0, -1)}z` : text)),
    ]);
  }
  if (hasString(body, (text) => DATE.test(text))) {
    bodies.push(['impossible dates', mapStrings(body, (text) => (DATE.test(text) ? '2025-02-30' : text))]);
    bodies.push(['dates out of range', mapStrings(body, (text) => (DATE.test(text) ? '9999-12-31' : text))]);
  }
  return bodies.map(([name, value]) => [name, typeof value === 'string' ? value : JSON.stringify(value)]);
}

const PLACEHOLDER = 'hostile-placeholder';

/** The operation's example URL once per path parameter, that parameter's value replaced (percent-encoded). */
function urlsWithPathParameter(
  document: OpenApiDocument,
  operation: DocumentedOperation,
  encoded: string,
): string[] {
  return (operation.operation.parameters ?? [])
    .filter((parameter) => parameter.in === 'path')
    .flatMap(({ name }) => exampleRequests(document, operation, { [name]: PLACEHOLDER }).slice(0, 1))
    .map((request) => request.url.replace(PLACEHOLDER, encoded));
}

/**
 * The hostile requests for one write operation, made from its own example (so a new endpoint joins by being
 * documented): broken and deep JSON, NUL and lone surrogates, arrays and objects where text is expected,
 * wrong types, unknown fields, 2 MB strings, bad UUIDs and dates, SQL and script payloads, wrong media types,
 * and NUL, SQL or a malformed id in each path parameter.
 */
export function hostileRequests(document: OpenApiDocument, operation: DocumentedOperation): HostileRequest[] {
  const [example] = exampleRequests(document, operation);
  if (!example) return [];
  const method = operation.method.toUpperCase();
  const label = `${method} ${operation.path}`;
  const requests: HostileRequest[] = [];
  const pathCases: Array<[string, string]> = [
    ['NUL', '%00'],
    ['SQL', encodeURIComponent(SQL)],
    ['a lone surrogate', '%ED%A0%80'],
  ];
  for (const [what, encoded] of pathCases) {
    for (const url of urlsWithPathParameter(document, operation, encoded)) {
      requests.push({ ...example, name: `${label}: ${what} in a path parameter`, method, url });
    }
  }
  if (example.payload === undefined) return requests;
  const contentType = example.contentType ?? 'application/json';
  if (contentType.includes('json')) {
    const body = JSON.parse(example.payload) as Json;
    for (const [name, payload] of jsonBodies(body)) {
      requests.push({ name: `${label}: ${name}`, method, url: example.url, contentType, payload });
    }
  } else {
    requests.push(
      {
        name: `${label}: NUL in the body`,
        method,
        url: example.url,
        contentType,
        payload: `${example.payload}\u0000`,
      },
      { name: `${label}: a 2 MB line`, method, url: example.url, contentType, payload: TWO_MEGABYTES },
      {
        name: `${label}: SQL for the body`,
        method,
        url: example.url,
        contentType,
        payload: `${SQL}\n${SQL}\n`,
      },
    );
  }
  // The example's body under a media type the operation does not take (a CSV import may take text/plain).
  const foreign = contentType.includes('json') ? 'text/plain' : 'application/json';
  requests.push(
    {
      name: `${label}: the body as ${foreign}`,
      method,
      url: example.url,
      contentType: foreign,
      payload: example.payload,
    },
    {
      name: `${label}: an XML body`,
      method,
      url: example.url,
      contentType: 'application/xml',
      payload: `<a>${SCRIPT}</a>`,
    },
  );
  return requests;
}

/** Every write operation (POST, PUT, PATCH, DELETE) the document describes. */
export function writeOperationsOf(document: OpenApiDocument): DocumentedOperation[] {
  return operationsOf(document).filter((operation) => WRITE_METHODS.has(operation.method));
}

/** What the corpus met: how many requests, every answer that was not a 4xx problem, the rows around it. */
export interface HostileCorpusReport {
  sent: number;
  wrong: string[];
  /**
   * Write operations that take a body or a path parameter but got no hostile request (no example to make
   * them from): a documented endpoint the corpus would otherwise pass over in silence.
   */
  uncovered: string[];
  rowsBefore: Record<string, number>;
  rowsAfter: Record<string, number>;
}

/**
 * Reads the app's OpenAPI document, sends the corpus to every write operation in it and lists each answer
 * that is not a 4xx problem+json (a 5xx, a success, an error in another shape), with the row count of every
 * table of the app's database before and after.
 */
export async function sendHostileCorpus(
  inject: (options: InjectOptions) => Promise<LightMyRequestResponse>,
  { databaseUrl, headers }: { databaseUrl: string; headers: Record<string, string> },
): Promise<HostileCorpusReport> {
  const document = (await inject({ method: 'GET', url: '/openapi.json' })).json<OpenApiDocument>();
  const rowsBefore = await rowCounts(databaseUrl);
  const wrong: string[] = [];
  const uncovered: string[] = [];
  let sent = 0;
  for (const operation of writeOperationsOf(document)) {
    const requests = hostileRequests(document, operation);
    const takesInput =
      operation.operation.requestBody !== undefined ||
      (operation.operation.parameters ?? []).some((parameter) => parameter.in === 'path');
    if (requests.length === 0 && takesInput)
      uncovered.push(`${operation.method.toUpperCase()} ${operation.path}`);
    for (const request of requests) {
      sent += 1;
      const response = await inject({
        method: request.method as InjectOptions['method'],
        url: request.url,
        headers: { ...headers, ...(request.contentType ? { 'content-type': request.contentType } : {}) },
        ...(request.payload !== undefined ? { payload: request.payload } : {}),
      });
      const problem = String(response.headers['content-type'] ?? '').startsWith('application/problem+json');
      if (response.statusCode < 400 || response.statusCode >= 500 || !problem) {
        wrong.push(`${request.name}: ${response.statusCode} ${response.body.slice(0, 200)}`);
      }
    }
  }
  return { sent, wrong, uncovered, rowsBefore, rowsAfter: await rowCounts(databaseUrl) };
}

/** The number of rows in each table of the database's public schema: a write anywhere changes one. */
export async function rowCounts(databaseUrl: string): Promise<Record<string, number>> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const tables = await client.query<{ name: string }>(
      `SELECT table_name AS name FROM information_schema.tables
        WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`,
    );
    const counts: Record<string, number> = {};
    for (const { name } of tables.rows) {
      const result = await client.query<{ count: number }>(`SELECT count(*)::int AS count FROM "${name}"`);
      counts[name] = result.rows[0]?.count ?? 0;
    }
    return counts;
  } finally {
    await client.end();
  }
}

/** The corpus as a test's assertions: no answer but a 4xx problem+json, and every table as it was. */
export async function expectNoHostileWrites(
  inject: (options: InjectOptions) => Promise<LightMyRequestResponse>,
  target: { databaseUrl: string; token: string },
): Promise<void> {
  const report = await sendHostileCorpus(inject, {
    databaseUrl: target.databaseUrl,
    headers: { authorization: `Bearer ${target.token}` },
  });
  expect(report.wrong).toEqual([]);
  // Every documented write that takes input got the corpus (a service with one endpoint gets a score of it).
  expect(report.uncovered).toEqual([]);
  expect(report.sent).toBeGreaterThan(10);
  expect(report.rowsAfter).toEqual(report.rowsBefore);
}
